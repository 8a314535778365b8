package dev.custody.processor.cases;

import java.util.List;

/** The failure message of a case: what differs, everything reported, and the marked source. */
final class CaseReport {
  private CaseReport() {}

  static String describe(
      CaseFiles.Case testCase,
      String source,
      List<Expectation> expectations,
      List<Reported> reported,
      CaseComparison comparison) {
    StringBuilder text = new StringBuilder();
    text.append("Case ").append(testCase.id()).append(" (").append(testCase.file()).append(")\n");
    text.append("diagnostics differ from its //~ markers\n");
    section(text, "MISSING - expected by a marker, not reported", comparison.missing);
    section(text, "UNEXPECTED - reported by Custody, no marker", comparison.unexpected);
    section(
        text,
        "JAVAC ERRORS - case files must be valid Java (fix the case or the support types)",
        comparison.javacErrors);
    section(text, "all expectations", expectations);
    section(text, "all diagnostics", reported);
    text.append("\nsource:\n");
    String[] lines = source.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      text.append(String.format("%4d | %s%n", i + 1, lines[i]));
    }
    return text.toString();
  }

  private static void section(StringBuilder text, String title, List<?> items) {
    if (items.isEmpty()) {
      return;
    }
    text.append('\n').append(title).append(":\n");
    for (Object item : items) {
      text.append("  ").append(item).append('\n');
    }
  }
}
