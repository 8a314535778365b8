package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.LEAK;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code leak}: an owned value may reach a point where nobody owns it any more. Rust drops such a
 * value implicitly; Java cannot, so Custody reports it: an owner at a scope exit, an owner assigned
 * again, an owned result that is discarded, an {@code @Owned} parameter neither moved nor dropped,
 * a value stored into a field by a constructor that then fails.
 */
final class LeakRule {
  private static final String FIX = "close it (try-with-resources) or move it before that";
  private final Findings findings;

  LeakRule(Findings findings) {
    this.findings = findings;
  }

  /** A fresh owned value that nothing takes ownership of. */
  void temporary(TreePath value, String what) {
    findings.report(
        LEAK,
        value,
        null,
        "the owned value of '"
            + RuleSupport.describe(value.getLeaf())
            + "' "
            + what
            + "; assign it to an owner, close it, or open it in a try-with-resources");
  }

  /** A fresh argument is lost because a later argument, or the call itself, throws first. */
  void lostBeforeTheCall(TreePath value, String exit) {
    findings.report(
        LEAK,
        value,
        null,
        "the owned value of '" + RuleSupport.describe(value.getLeaf()) + "' leaks when " + exit + " is thrown before the call takes it over; open it in a local owner first and close it if the call fails");
  }

  /** A fresh owned value assigned to {@code at}'s variable, which does not own it. */
  void storedInNonOwner(TreePath value, TreePath at) {
    String target = targetName(at.getLeaf());
    temporary(
        value,
        target == null
            ? "is stored where nothing owns it"
            : "is stored in '" + target + "', which does not own it (declare it @Owned)");
  }

  private static String targetName(Tree tree) {
    if (tree instanceof VariableTree) {
      return ((VariableTree) tree).getName().toString();
    }
    if (tree instanceof AssignmentTree) {
      return RuleSupport.describe(((AssignmentTree) tree).getVariable());
    }
    return null;
  }

  /** A {@code @Borrowed} method hands out a value nobody would close. */
  void freshFromBorrowedMethod(TreePath value) {
    findings.report(
        LEAK,
        value,
        null,
        "a @Borrowed method returns the fresh owned value of '" + RuleSupport.describe(value.getLeaf()) + "': nobody would close it; return a borrow, or make the method's result owned");
  }

  /** A method reference only borrows the value its functional interface hands over. */
  void referenceBorrowsOwned(TreePath at, String contract) {
    findings.report(
        LEAK,
        at,
        null,
        "'" + RuleSupport.describe(at.getLeaf()) + "' only borrows the value that " + contract + " hands over as @Owned, so nobody closes it; use a method that takes an @Owned parameter, or a lambda that closes it");
  }

  void referenceResultLeaks(TreePath at, String contract) {
    findings.report(
        LEAK,
        at,
        null,
        "'" + RuleSupport.describe(at.getLeaf()) + "' returns a fresh owned value, but " + contract + "'s callers do not own its result, so nobody closes it; use an interface whose result is owned");
  }

  /** An owner is assigned again while it may still hold a value. */
  void overwritten(FlowState s, TrackedVar v, TreePath at) {
    if (s.alive && s.holds.get(v.index)) {
      findings.report(
          LEAK,
          at,
          v.element,
          v.display() + " may leak: it still owns a value when it is assigned again" + RuleSupport.atLine(findings, at) + "; close or move it first");
    }
  }

  /** A jump ({@code how}) at {@code site} leaves the scope of {@code scope}'s owners. */
  void scopeExit(List<TrackedVar> scope, FlowState s, TreePath site, PendingExit.Kind kind) {
    if (!s.alive) {
      return;
    }
    for (TrackedVar v : scope) {
      if (v.role == TrackedVar.Role.OWNER && s.holds.get(v.index)) {
        findings.report(
            LEAK,
            v.declaration,
            v.element,
            v.display() + " may leak: it still owns a value when " + RuleSupport.exit(findings, kind, site) + " leaves its scope; " + FIX);
      }
    }
  }

  /** Control falls off the end of the block declaring {@code scope}'s owners. */
  void scopeEnd(List<TrackedVar> scope, FlowState s, TreePath block) {
    for (TrackedVar v : scope) {
      if (v.role == TrackedVar.Role.OWNER && s.holds.get(v.index)) {
        findings.report(
            LEAK,
            v.declaration,
            v.element,
            v.display() + " may leak: it still owns a value at the end of its scope at line " + findings.endLine(block.getLeaf()) + "; close it (try-with-resources) or move it before the scope ends");
      }
    }
  }

  /** An {@code @Owned} parameter still holds its value where the body is left. */
  void ownedParameter(FlowState s, TrackedVar v, Supplier<String> where) {
    if (s.holds.get(v.index) && v.isReceiver()) {
      findings.report(
          LEAK,
          v.declaration,
          v.element,
          "@Consumes method '" + v.element.getSimpleName() + "' takes over 'this' but may neither close it nor hand it on before " + where.get() + "; call close() or pass 'this' to an owner");
      return;
    }
    if (s.holds.get(v.index)) {
      findings.report(
          LEAK,
          v.declaration,
          v.element,
          "@Owned parameter " + v.display() + " may leak: the method neither moves nor drops it before " + where.get() + "; " + FIX);
    }
  }

  /** A constructor fails after storing a value that the unfinished object would have owned. */
  void storedByFailingConstructor(FlowState s, TrackedVar field, Supplier<String> where) {
    TreePath store = s.storeSite(field.index);
    if (s.holds.get(field.index) && store != null) {
      findings.report(
          LEAK,
          store,
          field.element,
          (field.element instanceof javax.lang.model.element.ExecutableElement
                  ? "the value handed to super(..) here"
                  : "the value stored into " + field.display() + " here")
              + " leaks when the constructor fails (" + where.get() + "): the object is never returned, so nobody owns it; close it before throwing, or take it as an @Owned parameter");
    }
  }
}
