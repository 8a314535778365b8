package dev.custody;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method that takes ownership of its receiver, like Rust's {@code fn f(self)}:
 * after {@code owner.f()} the owner's name holds nothing, exactly as if it had been passed to an
 * {@code @Owned} parameter. Typical uses: handing a resource to another thread or container
 * ({@code buffer.transfer()}), or converting it into another owned value.
 *
 * <p>Only meaningful on instance methods of tracked types; anywhere else it is reported as an
 * invalid annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Consumes {}
