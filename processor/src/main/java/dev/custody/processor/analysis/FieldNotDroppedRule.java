package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.FIELD_NOT_DROPPED;

import com.sun.source.util.TreePath;
import java.util.function.Supplier;

/**
 * {@code field-not-dropped} (Rust's drop glue, which Java lacks): the {@code close()} of a class
 * with owned fields must drop every one of them on every path, also when dropping an earlier one
 * throws, and must tolerate fields that are null. Reported on the field. (That the class must be
 * {@code AutoCloseable} and declare {@code close()} at all is checked with its declaration.)
 */
final class FieldNotDroppedRule {
  private final Findings findings;

  FieldNotDroppedRule(Findings findings) {
    this.findings = findings;
  }

  /** {@code close()} is left at {@code where} while {@code field} may still hold its value. */
  void exit(FlowState s, TrackedVar field, Supplier<String> where) {
    if (s.holds.get(field.index)) {
      findings.report(
          FIELD_NOT_DROPPED,
          field.declaration,
          field.element,
          "owned " + field.display() + " may still hold its value when close() is left by " + where.get() + "; drop every owned field on every path, e.g. 'try (a; b) {}' or the generated drop glue");
    }
  }

  /** {@code close()} drops {@code field} at {@code at} without tolerating null. */
  void mayBeNull(FlowState s, TrackedVar field, TreePath at) {
    if (s.empty.get(field.index)) {
      findings.report(
          FIELD_NOT_DROPPED,
          field.declaration,
          field.element,
          field.display() + " may be null when close() drops it" + RuleSupport.atLine(findings, at) + "; write 'if (" + field.name + " != null) " + field.name + ".close()' or close it in a try-with-resources");
    }
  }
}
