package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.USE_AFTER_MOVE;

import com.sun.source.util.TreePath;

/**
 * {@code use-after-move} (rustc E0382): an owner is used after its value was moved away on some path
 * reaching the use, including a move in a previous iteration of the enclosing loop and the same
 * owner passed twice to {@code @Owned} parameters of one call.
 */
final class UseAfterMoveRule {
  private final Findings findings;

  UseAfterMoveRule(Findings findings) {
    this.findings = findings;
  }

  /** Reports a use of {@code v} at {@code use} if it may have been moved; returns whether it was. */
  boolean check(FlowState s, TrackedVar v, TreePath use) {
    int i = v.index;
    if (!s.moved.get(i)) {
      return false;
    }
    TreePath site = s.moveSite(i);
    String where = RuleSupport.atLine(findings, site);
    if (site != null
        && findings.start(site.getLeaf()) >= findings.start(use.getLeaf())
        && RuleSupport.insideLoop(use)) {
      where += ", in a previous iteration of the loop";
    }
    findings.report(USE_AFTER_MOVE, use, v.element, v.display() + " is used after it was moved" + where);
    if (site != null) {
      findings.note(USE_AFTER_MOVE, site, v.element, v.display() + ": value moved here");
    }
    return true;
  }
}
