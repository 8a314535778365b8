package dev.custody.processor.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares a case file's expectations with what was reported, as multisets: every expectation must
 * be met by its own diagnostic and every Custody diagnostic must be expected. Pairing is a maximum
 * bipartite matching, so the verdict does not depend on the order markers are written in (two
 * markers on one line, one with and one without a text fragment, pair up correctly).
 */
final class CaseComparison {
  final List<Expectation> missing = new ArrayList<>();
  final List<Reported> unexpected = new ArrayList<>();
  /** javac's own errors: case files must be valid Java, so any of these fails the case. */
  final List<Reported> javacErrors = new ArrayList<>();

  static CaseComparison compare(
      String caseFileName, List<Expectation> expectations, List<Reported> reported) {
    boolean compareNotes =
        expectations.stream().anyMatch(e -> e.severity() == Expectation.Severity.NOTE);
    CaseComparison comparison = new CaseComparison();
    List<Reported> candidates = new ArrayList<>();
    for (Reported diagnostic : reported) {
      if (!diagnostic.isCustody()) {
        if (diagnostic.severity == Expectation.Severity.ERROR) {
          comparison.javacErrors.add(diagnostic);
        }
        continue;
      }
      boolean ordinaryNote =
          diagnostic.severity == Expectation.Severity.NOTE && diagnostic.kind != null;
      if (ordinaryNote && !compareNotes) {
        continue;
      }
      candidates.add(diagnostic);
    }

    int[] matchOfReported = new int[candidates.size()];
    Arrays.fill(matchOfReported, -1);
    for (int e = 0; e < expectations.size(); e++) {
      if (!augment(e, expectations, candidates, caseFileName, matchOfReported,
          new boolean[candidates.size()])) {
        comparison.missing.add(expectations.get(e));
      }
    }
    for (int r = 0; r < candidates.size(); r++) {
      if (matchOfReported[r] < 0) {
        comparison.unexpected.add(candidates.get(r));
      }
    }
    return comparison;
  }

  /** Kuhn's augmenting path step: find a diagnostic for expectation {@code e}. */
  private static boolean augment(
      int e,
      List<Expectation> expectations,
      List<Reported> candidates,
      String caseFileName,
      int[] matchOfReported,
      boolean[] visited) {
    for (int r = 0; r < candidates.size(); r++) {
      if (visited[r] || !satisfies(candidates.get(r), expectations.get(e), caseFileName)) {
        continue;
      }
      visited[r] = true;
      if (matchOfReported[r] < 0
          || augment(matchOfReported[r], expectations, candidates, caseFileName,
              matchOfReported, visited)) {
        matchOfReported[r] = e;
        return true;
      }
    }
    return false;
  }

  static boolean satisfies(Reported reported, Expectation expected, String caseFileName) {
    if (!reported.file.equals(caseFileName)
        || reported.line != expected.line()
        || reported.severity != expected.severity()) {
      return false;
    }
    if (expected.severity() != Expectation.Severity.NOTE
        && !expected.kind().equals(reported.kind)) {
      return false;
    }
    return expected.text() == null || reported.message.contains(expected.text());
  }

  boolean passed() {
    return missing.isEmpty() && unexpected.isEmpty() && javacErrors.isEmpty();
  }
}
