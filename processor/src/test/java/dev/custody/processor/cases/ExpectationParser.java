package dev.custody.processor.cases;

import dev.custody.processor.diagnostics.DiagnosticKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the {@code //~} markers of a case file (the format is documented in {@code
 * cases/README.md}):
 *
 * <pre>
 *   r.use(); //~ ERROR use-after-move
 *   r.use(); //~ ERROR use-after-move: moved at line 12 //~ ERROR leak
 *   //~^ ERROR leak           (one line up; each further ^ one more)
 *   //~ WARNING leak
 *   //~ NOTE value moved here
 * </pre>
 *
 * Strict on purpose: a misspelt marker or kind would otherwise silently expect nothing, and a case
 * would pass for the wrong reason.
 */
final class ExpectationParser {
  static final String MARKER = "//~";

  private static final Pattern CARETS_AND_BODY = Pattern.compile("^(\\^*)(.*)$", Pattern.DOTALL);
  private static final Pattern FINDING =
      Pattern.compile("^(ERROR|WARNING)\\s+([^\\s:]+)\\s*(?::(.*))?$", Pattern.DOTALL);
  private static final Pattern NOTE = Pattern.compile("^NOTE(?:\\s+(.*))?$", Pattern.DOTALL);

  /** A marker that does not follow the format. */
  static final class MalformedExpectationException extends Exception {
    MalformedExpectationException(int line, String marker, String problem) {
      super("line " + line + ": " + problem + " in '" + marker.trim() + "'");
    }
  }

  private ExpectationParser() {}

  static List<Expectation> parse(String source) throws MalformedExpectationException {
    List<Expectation> expectations = new ArrayList<>();
    String[] lines = source.split("\r\n|\r|\n", -1);
    for (int index = 0; index < lines.length; index++) {
      int lineNumber = index + 1;
      String line = lines[index];
      int start = line.indexOf(MARKER);
      while (start >= 0) {
        int next = line.indexOf(MARKER, start + MARKER.length());
        String marker = line.substring(start, next < 0 ? line.length() : next);
        expectations.add(parseMarker(marker, lineNumber));
        start = next;
      }
    }
    return expectations;
  }

  private static Expectation parseMarker(String marker, int markerLine)
      throws MalformedExpectationException {
    Matcher caretsAndBody = CARETS_AND_BODY.matcher(marker.substring(MARKER.length()));
    caretsAndBody.matches(); // always matches
    int carets = caretsAndBody.group(1).length();
    String body = caretsAndBody.group(2).trim();
    int target = markerLine - carets;
    if (target < 1) {
      throw new MalformedExpectationException(
          markerLine, marker, carets + " caret(s) point above the first line");
    }
    Matcher finding = FINDING.matcher(body);
    if (finding.matches()) {
      Expectation.Severity severity = Expectation.Severity.valueOf(finding.group(1));
      String kind = finding.group(2);
      if (DiagnosticKind.fromId(kind) == null) {
        throw new MalformedExpectationException(
            markerLine,
            marker,
            "unknown diagnostic kind '" + kind + "' (known: " + knownKinds() + ")");
      }
      String text = null;
      if (finding.group(3) != null) {
        text = finding.group(3).trim();
        if (text.isEmpty()) {
          throw new MalformedExpectationException(
              markerLine, marker, "nothing after ':' (drop the ':' or give the message text)");
        }
      }
      return new Expectation(target, severity, kind, text, markerLine);
    }
    Matcher note = NOTE.matcher(body);
    if (note.matches()) {
      String text = note.group(1) == null ? "" : note.group(1).trim();
      if (text.isEmpty()) {
        throw new MalformedExpectationException(
            markerLine, marker, "a NOTE marker needs the text the note must contain");
      }
      return new Expectation(target, Expectation.Severity.NOTE, null, text, markerLine);
    }
    throw new MalformedExpectationException(
        markerLine,
        marker,
        "expected '//~ ERROR <kind>', '//~ ERROR <kind>: <text>', '//~ WARNING <kind>' or"
            + " '//~ NOTE <text>' (with optional ^ after //~)");
  }

  private static String knownKinds() {
    return Arrays.stream(DiagnosticKind.values())
        .map(DiagnosticKind::id)
        .collect(Collectors.joining(", "));
  }
}
