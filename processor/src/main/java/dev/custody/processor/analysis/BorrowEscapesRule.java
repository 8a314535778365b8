package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.BORROW_ESCAPES;

import com.sun.source.util.TreePath;

/**
 * {@code borrow-escapes} (rustc E0515, E0597, E0373, E0521): a borrow is kept where it may outlive
 * its owner: stored in a field, a static or an array element, returned from a method that is not
 * {@code @Borrowed}, or captured by a lambda or object that is stored or returned. Passing a borrow
 * as an argument is fine: it lasts for the call.
 */
final class BorrowEscapesRule {
  private static final String STORED = "cannot be stored where it outlives the borrow";
  private static final String RETURNED =
      "cannot be returned from a method that is not @Borrowed; mark the method @Borrowed";
  private final Findings findings;

  BorrowEscapesRule(Findings findings) {
    this.findings = findings;
  }

  void storedVariable(TrackedVar v, TreePath at) {
    findings.report(
        BORROW_ESCAPES,
        at,
        v.element,
        v.display() + " is borrowed and " + STORED + "; store an owner instead, or pass the borrow on as an argument");
  }

  void storedValue(Value v) {
    findings.report(BORROW_ESCAPES, v.borrowed, null, borrowedThing(v) + " " + STORED + "; pass it on as an argument instead");
  }

  void returnedVariable(TrackedVar v, TreePath at) {
    findings.report(BORROW_ESCAPES, at, v.element, v.display() + " is borrowed and " + RETURNED);
  }

  void returnedValue(Value v) {
    findings.report(BORROW_ESCAPES, v.borrowed, null, borrowedThing(v) + " " + RETURNED);
  }

  /** How a message names a borrowed value: the variables a lambda captured, or the expression. */
  private static String borrowedThing(Value v) {
    String expression = "'" + v.borrowedDescription() + "'";
    if (v.captured().isEmpty()) {
      return expression + " is borrowed and";
    }
    StringBuilder names = new StringBuilder();
    for (TrackedVar c : v.captured()) {
      names.append(names.length() == 0 ? "" : ", ").append(c.display());
    }
    return expression + " borrows " + names + " and";
  }
}
