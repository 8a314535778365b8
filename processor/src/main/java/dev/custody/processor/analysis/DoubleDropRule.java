package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.DOUBLE_DROP;

import com.sun.source.util.TreePath;

/**
 * {@code double-drop} (Rust's double free): an owner may be closed twice, including an explicit
 * {@code close()} of a value that a try-with-resources will close again.
 */
final class DoubleDropRule {
  private final Findings findings;

  DoubleDropRule(Findings findings) {
    this.findings = findings;
  }

  /** {@code close()} on an owner that may already be dropped. */
  boolean checkClose(FlowState s, TrackedVar v, TreePath at) {
    int i = v.index;
    if (!s.dropped.get(i)) {
      return false;
    }
    findings.report(
        DOUBLE_DROP,
        at,
        v.element,
        v.display() + " may be dropped twice: it was already dropped" + RuleSupport.atLine(findings, s.dropSite(i)));
    if (s.dropSite(i) != null) {
      findings.note(DOUBLE_DROP, s.dropSite(i), v.element, v.display() + ": first dropped here");
    }
    return true;
  }

  /** {@code try (v)} on an owner that may already be dropped. */
  boolean checkTryNamed(FlowState s, TrackedVar v, TreePath at) {
    int i = v.index;
    if (!s.dropped.get(i) || s.moved.get(i)) {
      return false;
    }
    findings.report(
        DOUBLE_DROP,
        at,
        v.element,
        v.display() + " may be dropped twice: it was already dropped" + RuleSupport.atLine(findings, s.dropSite(i)) + " and this try-with-resources closes it again");
    return true;
  }

  /** {@code close()} on the variable of a try-with-resources, which closes it again. */
  void closedResource(TrackedVar v, TreePath at) {
    findings.report(
        DOUBLE_DROP,
        at,
        v.element,
        v.display() + " is closed here and again by its try-with-resources" + RuleSupport.atLine(findings, v.declaration) + "; remove this close()");
  }

  /** {@code close()} on an owner named by an enclosing {@code try (owner)}. */
  void closedInsideTry(TrackedVar v, TreePath at) {
    findings.report(
        DOUBLE_DROP,
        at,
        v.element,
        v.display() + " is closed here and again by the enclosing try-with-resources; remove this close()");
  }
}
