package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.USE_AFTER_DROP;

import com.sun.source.util.TreePath;

/**
 * {@code use-after-drop} (Rust's use after free, which the borrow checker rules out): an owner is
 * used after {@code close()} dropped its value on some path reaching the use.
 */
final class UseAfterDropRule {
  private final Findings findings;

  UseAfterDropRule(Findings findings) {
    this.findings = findings;
  }

  /** Reports a use of {@code v} at {@code use} if it may have been dropped; returns whether it was. */
  boolean check(FlowState s, TrackedVar v, TreePath use) {
    int i = v.index;
    if (!s.dropped.get(i)) {
      return false;
    }
    findings.report(
        USE_AFTER_DROP,
        use,
        v.element,
        v.display() + " is used after it was dropped" + RuleSupport.atLine(findings, s.dropSite(i)));
    if (s.dropSite(i) != null) {
      findings.note(USE_AFTER_DROP, s.dropSite(i), v.element, v.display() + ": value dropped here");
    }
    return true;
  }
}
