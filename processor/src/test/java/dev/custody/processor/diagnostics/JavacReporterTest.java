package dev.custody.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.testing.SarifAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity, prefixes, positions and suppression of {@link JavacReporter}. */
class JavacReporterTest {
  @TempDir Path temp;

  private static final String SOURCE =
      String.join(
          "\n",
          "package sample;",
          "",
          "class Flags {",
          "  static void flag(String kind, Object subject) {}",
          "  static void flag(String kind) {}",
          "  static void note(String kind) {}",
          "  static void crash() {}",
          "",
          "  void reported() {",
          "    Object r = null;",
          "    flag(\"leak\", r); // REPORTED-LEAK",
          "    note(\"leak\"); // REPORTED-NOTE",
          "  }",
          "",
          "  @SuppressWarnings(\"custody\")",
          "  void allSuppressedOnMethod() {",
          "    flag(\"leak\");",
          "    flag(\"double-drop\");",
          "    note(\"leak\");",
          "  }",
          "",
          "  @SuppressWarnings({\"unused\", \"custody:leak\"})",
          "  void oneKindSuppressedOnMethod() {",
          "    flag(\"leak\");",
          "    flag(\"double-drop\"); // REPORTED-DOUBLE-DROP",
          "  }",
          "",
          "  void suppressedOnSubjectDeclaration() {",
          "    @SuppressWarnings(\"custody:use-after-move\") Object quiet = null;",
          "    Object loud = null;",
          "    flag(\"use-after-move\", quiet);",
          "    flag(\"use-after-move\", loud); // REPORTED-LOUD",
          "  }",
          "",
          "  void suppressedOnEnclosingLocal() {",
          "    @SuppressWarnings(\"custody\") Runnable task = () -> flag(\"leak\");",
          "    Runnable other = () -> flag(\"leak\"); // REPORTED-LAMBDA",
          "  }",
          "",
          "  @SuppressWarnings(\"custody:leaks\")",
          "  void misspeltKindSuppressesNothing() {",
          "    flag(\"leak\"); // REPORTED-MISSPELT",
          "  }",
          "",
          "  void failing() {",
          "    crash(); // REPORTED-CRASH",
          "  }",
          "",
          "  @SuppressWarnings(\"custody\")",
          "  static class Quiet {",
          "    void f() {",
          "      flag(\"leak\");",
          "    }",
          "  }",
          "",
          "  static class DefaultSynthetic {} // REPORTED-SYNTHETIC",
          "}",
          "");

  @Test
  void reportsUnsuppressedFindingsAsErrorsWithPrefix() {
    Compilation compilation = compile(true, null);

    assertThat(compilation).failed();
    assertThat(messages(compilation))
        .containsExactly(
            "ERROR " + line("REPORTED-LEAK") + " [custody:leak] flagged here",
            "NOTE " + line("REPORTED-NOTE") + " [custody:leak] noted here",
            "ERROR " + line("REPORTED-DOUBLE-DROP") + " [custody:double-drop] flagged here",
            "ERROR " + line("REPORTED-LOUD") + " [custody:use-after-move] flagged here",
            "ERROR " + line("REPORTED-LAMBDA") + " [custody:leak] flagged here",
            "ERROR " + line("REPORTED-MISSPELT") + " [custody:leak] flagged here",
            "WARNING "
                + line("REPORTED-CRASH")
                + " [custody:internal-error] the checker failed on method failing() in class Flags,"
                + " which was not checked: java.lang.IllegalStateException: boom at <frame>."
                + " Please report this with the code that triggers it.",
            "ERROR " + line("REPORTED-SYNTHETIC") + " [custody:leak] synthetic");
  }

  @Test
  void findingIsPlacedOnTheReportedTree() {
    Compilation compilation = compile(true, null);
    Diagnostic<?> leak =
        compilation.errors().stream()
            .filter(d -> d.getLineNumber() == line("REPORTED-LEAK"))
            .findFirst()
            .orElseThrow();
    // A method call is placed by javac on its opening parenthesis: "    flag(" -> column 9.
    assertThat(leak.getColumnNumber()).isEqualTo(9);
  }

  @Test
  void warningsOptionReportsFindingsAsWarnings() {
    Compilation compilation = compile(false, null);

    assertThat(compilation).succeeded();
    assertThat(compilation.errors()).isEmpty();
    assertThat(
            compilation.warnings().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[custody:leak]"))
                .count())
        .isEqualTo(4);
  }

  @Test
  void sarifReportHoldsEveryUnsuppressedFinding() throws Exception {
    Path sarif = temp.resolve("reports/custody.sarif");
    compile(true, sarif);

    Map<String, Object> log = SarifAssertions.readValid(sarif);
    List<String> results =
        SarifAssertions.results(log).stream()
            .map(r -> SarifAssertions.object(r, "result"))
            .map(r -> r.get("ruleId") + "@" + startLine(r) + " " + r.get("level"))
            .collect(Collectors.toList());
    assertThat(results)
        .containsExactly(
            "leak@" + line("REPORTED-LEAK") + " error",
            "double-drop@" + line("REPORTED-DOUBLE-DROP") + " error",
            "use-after-move@" + line("REPORTED-LOUD") + " error",
            "leak@" + line("REPORTED-LAMBDA") + " error",
            "leak@" + line("REPORTED-MISSPELT") + " error",
            "leak@" + line("REPORTED-SYNTHETIC") + " error");
    Map<String, Object> run =
        SarifAssertions.object(SarifAssertions.array(log.get("runs"), "runs").get(0), "run");
    Map<String, Object> invocation =
        SarifAssertions.object(SarifAssertions.array(run.get("invocations"), "i").get(0), "i");
    assertThat(invocation.get("executionSuccessful")).isEqualTo(false);
    assertThat(SarifAssertions.array(invocation.get("toolExecutionNotifications"), "n")).hasSize(1);
  }

  private static Object startLine(Map<String, Object> result) {
    Map<String, Object> location =
        SarifAssertions.object(SarifAssertions.array(result.get("locations"), "l").get(0), "l");
    Map<String, Object> physical = SarifAssertions.object(location.get("physicalLocation"), "p");
    return ((Double) SarifAssertions.object(physical.get("region"), "r").get("startLine"))
        .intValue();
  }

  private static Compilation compile(boolean errors, Path sarif) {
    return javac()
        .withProcessors(new FlaggingProcessor(errors, sarif))
        .withOptions("-Xlint:-processing")
        .compile(JavaFileObjects.forSourceString("sample.Flags", SOURCE));
  }

  private static List<String> messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[custody"))
        .map(d -> kind(d.getKind()) + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
        // The failure's top stack frame names a line of the test processor: not worth pinning.
        .map(m -> m.replaceAll(" at dev\\.custody\\.\\S+\\(FlaggingProcessor\\.java:\\d+\\)\\.", " at <frame>."))
        .collect(Collectors.toList());
  }

  private static String kind(Diagnostic.Kind kind) {
    return kind == Diagnostic.Kind.MANDATORY_WARNING ? "WARNING" : kind.name();
  }

  private static int line(String marker) {
    String[] lines = SOURCE.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("// " + marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(marker);
  }
}
