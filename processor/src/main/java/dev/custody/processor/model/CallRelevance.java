package dev.custody.processor.model;

/**
 * What a call of a method tells the prescan, which decides whether a body needs the flow analysis
 * (OwnershipModel#callRelevance). Answered once per method, not once per call.
 */
public enum CallRelevance {
  /**
   * The call matters whatever its call site: the {@code close()} of a tracked type, an owned or
   * borrowed result, a consumed receiver, or a parameter that takes ownership.
   */
  TOUCHES_OWNERSHIP,
  /**
   * The declared result is a type variable: only the call site's type of the result (a
   * {@code Supplier<Res>}'s {@code get()}) says whether a tracked value comes out.
   */
  IF_RESULT_TRACKED,
  /**
   * Nothing, at any call site: the result's type has the same class as the declared one (type
   * arguments do not make a type tracked), and that class is not tracked.
   */
  NOTHING
}
