package dev.custody.processor.cases;

import java.util.Objects;

/**
 * One {@code //~} marker of a case file: a diagnostic that must be reported on {@link #line()}.
 * For {@code ERROR}/{@code WARNING} the {@link #kind()} is a diagnostic kind id and {@link #text()}
 * an optional fragment of the message; for {@code NOTE} there is no kind and the text is required.
 */
final class Expectation {
  enum Severity {
    ERROR,
    WARNING,
    NOTE
  }

  private final int line;
  private final Severity severity;
  private final String kind;
  private final String text;
  private final int markerLine;

  Expectation(int line, Severity severity, String kind, String text, int markerLine) {
    this.line = line;
    this.severity = Objects.requireNonNull(severity);
    this.kind = kind;
    this.text = text;
    this.markerLine = markerLine;
  }

  /** The line the diagnostic must be reported on. */
  int line() {
    return line;
  }

  Severity severity() {
    return severity;
  }

  /** The kind id, e.g. {@code use-after-move}; {@code null} for notes. */
  String kind() {
    return kind;
  }

  /** Text the message must contain, or {@code null}. */
  String text() {
    return text;
  }

  /** The line the marker itself is written on (differs from {@link #line()} for {@code //~^}). */
  int markerLine() {
    return markerLine;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Expectation)) {
      return false;
    }
    Expectation that = (Expectation) other;
    return line == that.line
        && markerLine == that.markerLine
        && severity == that.severity
        && Objects.equals(kind, that.kind)
        && Objects.equals(text, that.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, severity, kind, text, markerLine);
  }

  @Override
  public String toString() {
    StringBuilder description = new StringBuilder("line ").append(line).append(": ").append(severity);
    if (kind != null) {
      description.append(' ').append(kind);
    }
    if (text != null) {
      description.append(kind != null ? " (message must contain \"" : " \"").append(text);
      description.append(kind != null ? "\")" : "\"");
    }
    if (markerLine != line) {
      description.append("  [marker on line ").append(markerLine).append(']');
    }
    return description.toString();
  }
}
