package dev.custody.processor.cases;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** A diagnostic the compilation produced, reduced to what the case-file comparison needs. */
final class Reported {
  private static final Pattern CUSTODY_PREFIX = Pattern.compile("^\\[custody(?::([a-z-]+))?\\] ");

  final Expectation.Severity severity;
  final long line;
  final String file;
  final String message;
  /** The kind of a {@code [custody:<kind>]} message; {@code null} for other messages. */
  final String kind;

  private Reported(
      Expectation.Severity severity, long line, String file, String message, String kind) {
    this.severity = severity;
    this.line = line;
    this.file = file;
    this.message = message;
    this.kind = kind;
  }

  static Reported of(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    Matcher prefix = CUSTODY_PREFIX.matcher(message);
    String file = diagnostic.getSource() == null ? "?" : simpleName(diagnostic.getSource());
    return new Reported(
        severityOf(diagnostic.getKind()),
        diagnostic.getLineNumber(),
        file,
        message,
        prefix.find() ? prefix.group(1) : null);
  }

  private static String simpleName(JavaFileObject source) {
    String path = source.toUri().getPath();
    return path == null ? source.getName() : path.substring(path.lastIndexOf('/') + 1);
  }

  private static Expectation.Severity severityOf(Diagnostic.Kind kind) {
    switch (kind) {
      case ERROR:
        return Expectation.Severity.ERROR;
      case WARNING:
      case MANDATORY_WARNING:
        return Expectation.Severity.WARNING;
      default:
        return Expectation.Severity.NOTE;
    }
  }

  /** Any message of Custody's, including internal errors and the "checks disabled" note. */
  boolean isCustody() {
    return message.startsWith("[custody");
  }

  @Override
  public String toString() {
    return file
        + ":"
        + (line < 1 ? "?" : String.valueOf(line))
        + ": "
        + severity
        + (kind == null ? "" : " " + kind)
        + " - "
        + message.replace("\n", "\n        ");
  }
}
