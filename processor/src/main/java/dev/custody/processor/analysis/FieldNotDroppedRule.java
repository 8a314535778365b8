package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.FIELD_NOT_DROPPED;

import com.sun.source.util.TreePath;
import dev.custody.processor.codegen.DropGlueGenerator;
import java.util.StringJoiner;
import java.util.function.Supplier;
import javax.lang.model.element.VariableElement;

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
  void exit(FlowState s, TrackedVar field, Supplier<String> where, MethodFrame frame) {
    if (s.holds.get(field.index)) {
      findings.report(
          FIELD_NOT_DROPPED,
          field.declaration,
          field.element,
          "owned " + field.display() + " may still hold its value when close() is left by " + where.get() + "; drop every owned field on every path, e.g. " + glueCall(frame) + "'try (a; b) {}'");
    }
  }

  /**
   * The call to the class's drop glue, named so that the user can write it (with {@code
   * -Acustody.glue=referenced} the glue exists only once the class names it), or nothing for a
   * class that gets no glue.
   */
  private static String glueCall(MethodFrame frame) {
    if (frame.fieldOwner == null || !DropGlueGenerator.isCandidate(frame.fieldOwner)) {
      return "";
    }
    StringJoiner fields = new StringJoiner(", ");
    for (VariableElement f : frame.ownedFields) {
      fields.add(f.getSimpleName());
    }
    return "'" + DropGlueGenerator.glueSimpleName(frame.fieldOwner) + "." + DropGlueGenerator.DROP_METHOD + "(" + fields + ");' (the generated drop glue) or ";
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
