package dev.custody.processor.robustness;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.testing.compile.Compilation;
import dev.custody.processor.cases.CaseFiles;
import dev.custody.processor.cases.CaseFiles.Case;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Users compile broken code all the time. Mutated case files may draw any number of javac errors,
 * but Custody must never throw out of javac, never trigger "An exception has occurred in the
 * compiler", and never fail internally (which would mean it analysed code javac rejected, or has
 * a bug that a slightly different program exposes).
 *
 * <p>Fixed seed, so a failure is reproducible; bounded by a mutant count and a time budget (about
 * 40 ms a mutant on two cores, so the budget is what bounds a slow machine).
 */
class MutatedCasesTest {
  private static final long SEED = 0x5EED_C0DEL;
  private static final int MUTANTS = 400;
  private static final Duration BUDGET = Duration.ofSeconds(40);
  private static final int FAILURES_SHOWN = 8;

  @Test
  void brokenCodeNeverCrashesTheChecker() {
    List<Case> cases = new ArrayList<>(CaseFiles.all());
    assumeFalse(cases.isEmpty(), "no case files to mutate");
    Random random = new Random(SEED);
    // Round robin over a seeded shuffle: every case is mutated before any is mutated twice.
    Collections.shuffle(cases, random);
    long deadline = System.nanoTime() + BUDGET.toNanos();
    List<String> failures = new ArrayList<>();
    int compiled = 0;
    for (int i = 0; i < MUTANTS && System.nanoTime() < deadline; i++) {
      Case original = cases.get(i % cases.size());
      Mutator.Mutant mutant = Mutator.mutate(original.source(), random);
      String problem = crashIn(original, mutant);
      compiled++;
      if (problem != null) {
        failures.add(
            "mutant #" + i + " of " + original.id() + " (" + mutant.description + "):\n    "
                + problem.replace("\n", "\n    "));
      }
    }
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " of "
              + compiled
              + " mutants (seed "
              + Long.toHexString(SEED)
              + ") crashed or failed the checker; first ones:\n  "
              + String.join("\n  ", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
    }
  }

  /** What went wrong compiling the mutant, or {@code null} if only javac complained. */
  private static String crashIn(Case original, Mutator.Mutant mutant) {
    Compilation compilation;
    try {
      compilation = CompileCase.compile(original.fileName(), mutant.source);
    } catch (RuntimeException | Error thrown) {
      return "exception out of the compiler: " + thrown;
    }
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (message.contains("An exception has occurred in the compiler")
          || message.contains("threw an uncaught exception")
          || message.startsWith("[custody:internal-error]")) {
        return "line " + diagnostic.getLineNumber() + ": " + message;
      }
    }
    return null;
  }
}
