package dev.custody;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that is used without being owned: it may be read and passed on to other borrowing
 * code, but never dropped, moved, stored where it outlives its owner, or used after its owner moved
 * or dropped it.
 *
 * <ul>
 *   <li>On a parameter: the method only borrows the argument (the default for tracked types).
 *   <li>On a local variable: the local borrows from the owner or borrow it was initialised from.
 *   <li>On a method: the result is borrowed from the receiver and the arguments; the caller must not
 *       close it.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.LOCAL_VARIABLE, ElementType.PARAMETER, ElementType.METHOD})
public @interface Borrowed {}
