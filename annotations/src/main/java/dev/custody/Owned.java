package dev.custody;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that has exactly one owner, who must move it on or drop ({@code close()}) it.
 *
 * <ul>
 *   <li>On a class or interface: the type and all its subtypes are <em>tracked</em>; every local of
 *       the type is an owner and every method returning it hands out an owned value.
 *   <li>On a local variable: the local owns its value even when its type is an untracked {@link
 *       AutoCloseable}.
 *   <li>On a parameter: the method takes ownership; the caller's name is unusable after the call and
 *       the method must move or drop the value.
 *   <li>On a method: the result is owned by the caller.
 *   <li>On a field or record component: the enclosing object owns the value and must drop it in its
 *       own {@code close()}.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.FIELD,
  ElementType.LOCAL_VARIABLE,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface Owned {}
