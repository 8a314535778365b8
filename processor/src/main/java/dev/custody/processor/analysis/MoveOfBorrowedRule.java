package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.MOVE_OF_BORROWED;

import com.sun.source.util.TreePath;
import java.util.function.Supplier;

/**
 * {@code move-of-borrowed} (rustc E0507): a borrow is dropped or moved as if it were owned: closed,
 * passed to an {@code @Owned} parameter, returned as an owned result, stored into an owned field or
 * owner, moved out of a try-with-resources, or a field moved out of {@code this} and not replaced.
 */
final class MoveOfBorrowedRule {
  private final Findings findings;

  MoveOfBorrowedRule(Findings findings) {
    this.findings = findings;
  }

  /** The borrow variable {@code v} is {@code how} ("moved", "closed", ...). */
  void borrowVariable(TrackedVar v, TreePath at, String how) {
    String fix =
        v.role == TrackedVar.Role.RESOURCE
            ? "the try-with-resources that declares it owns the value"
            : "only its owner may move or close it; take it as an @Owned parameter if this code must own it";
    findings.report(
        MOVE_OF_BORROWED, at, v.element, v.display() + " is borrowed and cannot be " + how + ": " + fix);
  }

  /** A borrowed expression ({@code this}, a field, a {@code @Borrowed} result) is {@code how}. */
  void borrowedExpression(Value v, String how) {
    findings.report(
        MOVE_OF_BORROWED,
        v.borrowed,
        null,
        "'"
            + v.borrowedDescription()
            + "' is borrowed and cannot be "
            + how
            + "; only its owner may move or close it (declare a local '@Borrowed' to use it)");
  }

  /** {@code return this} from a method whose result is owned: a fluent method must say so. */
  void returnedSelf(Value v, String method) {
    findings.report(
        MOVE_OF_BORROWED,
        v.borrowed,
        null,
        "'this' is borrowed and cannot be returned as an owned result; mark '" + method + "' @Borrowed to return 'this' (a fluent method)");
  }

  /** A method reference takes over a value its functional interface only lends. */
  void referenceTakesBorrowed(TreePath at, String contract, boolean platform) {
    String fix =
        platform
            ? "use a lambda that only borrows it and close the value where it is owned, or an interface of your own with an @Owned parameter"
            : "mark " + contract + "'s parameter @Owned, or refer to a method that borrows";
    findings.report(
        MOVE_OF_BORROWED,
        at,
        null,
        "'" + RuleSupport.describe(at.getLeaf()) + "' takes ownership of a value that " + contract + " only lends; " + fix);
  }

  void referenceResultBorrowed(TreePath at, String contract) {
    findings.report(
        MOVE_OF_BORROWED,
        at,
        null,
        "'" + RuleSupport.describe(at.getLeaf()) + "' returns a borrow where " + contract + " promises an owned value its callers will close; refer to a method whose result is owned");
  }

  /** An owner named by an enclosing {@code try (owner)} is moved out of it. */
  void movedOutOfTry(TrackedVar v, TreePath at) {
    findings.report(
        MOVE_OF_BORROWED,
        at,
        v.element,
        v.display() + " is owned by the enclosing try-with-resources, which will close it; it cannot be moved out");
  }

  /** {@code r::close}: a method reference that would drop a variable it only captures. */
  void closedByReference(TrackedVar v, TreePath at) {
    findings.report(
        MOVE_OF_BORROWED,
        at,
        v.element,
        v.display() + " is only borrowed by the method reference '" + RuleSupport.describe(at.getLeaf()) + "', which cannot close it; close " + v.display() + " itself");
  }

  /** An owned field of {@code this} is moved or closed and not replaced before the method ends. */
  void fieldNotReplaced(FlowState s, TrackedVar field, Supplier<String> where) {
    int i = field.index;
    if (!s.moved.get(i) && !s.dropped.get(i)) {
      return;
    }
    TreePath site = s.moved.get(i) ? s.moveSite(i) : s.dropSite(i);
    boolean surely = !s.holds.get(i) && !s.empty.get(i);
    findings.report(
        MOVE_OF_BORROWED,
        site,
        field.element,
        field.display() + " of 'this' is borrowed: it is moved or closed here and " + (surely ? "not" : "may not be") + " replaced before " + where.get() + "; assign it a new value or null");
  }
}
