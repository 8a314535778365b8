package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.custody.processor.testing.Environments;
import dev.custody.processor.testing.SarifAssertions;
import dev.custody.processor.testing.Samples;
import dev.custody.processor.testing.WrappingProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The checker must run however a build tool wraps javac's processing environment, and degrade to
 * one note (never a crash) when it cannot find javac behind the wrapper.
 *
 * <p>That the checker ran is observed twice: through its findings, and through the SARIF report,
 * which only the installed listener writes and which lists every file it analysed.
 */
class HostEnvironmentTest {
  @TempDir Path temp;

  static List<Arguments> wrappers() {
    return List.of(
        Arguments.of("plain javac", (UnaryOperator<ProcessingEnvironment>) env -> env),
        Arguments.of("IntelliJ proxy", (UnaryOperator<ProcessingEnvironment>) Environments::intellijProxy),
        Arguments.of("Gradle delegate", (UnaryOperator<ProcessingEnvironment>) Environments::gradleDelegate),
        Arguments.of("kapt processingEnv", (UnaryOperator<ProcessingEnvironment>) Environments::kaptStyle),
        Arguments.of(
            "Gradle inside IntelliJ",
            (UnaryOperator<ProcessingEnvironment>)
                env -> Environments.intellijProxy(Environments.gradleDelegate(env))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappers")
  void checksRunBehindWrapper(String host, UnaryOperator<ProcessingEnvironment> wrapper)
      throws Exception {
    Path sarif = temp.resolve("custody.sarif");
    Compilation compilation =
        javac()
            .withProcessors(
                new WrappingProcessor(new CustodyProcessor(), wrapper),
                new OwnershipAnnotationsClaimer())
            .withOptions("-A" + CustodyOptions.SARIF + "=" + sarif)
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(custodyMessages(compilation)).isEmpty();
    Map<String, Object> log = SarifAssertions.readValid(sarif);
    assertThat(analysedFiles(log)).containsExactly("sample/Resource.java", "sample/Clean.java");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrappers")
  void findingsAreReportedBehindWrapper(String host, UnaryOperator<ProcessingEnvironment> wrapper) {
    Compilation compilation =
        javac()
            .withProcessors(
                new WrappingProcessor(new CustodyProcessor(), wrapper),
                new OwnershipAnnotationsClaimer())
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation)
        .hadErrorContaining("[custody:use-after-move] 'r'")
        .inFile(Samples.useAfterMove())
        .onLine(Samples.USE_AFTER_MOVE_LINE)
        .atColumn(5);
    assertThat(compilation.errors()).hasSize(1);
  }

  @Test
  void unwrappableEnvironmentGivesExactlyOneNoteAndNoChecks() {
    Path sarif = temp.resolve("custody.sarif");
    Compilation compilation =
        javac()
            .withProcessors(
                new WrappingProcessor(new CustodyProcessor(), Environments::opaque),
                new OwnershipAnnotationsClaimer())
            .withOptions("-A" + CustodyOptions.SARIF + "=" + sarif)
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).succeeded();
    assertThat(custodyMessages(compilation))
        .containsExactly(
            "NOTE [custody] ownership checks are disabled: the annotation processing environment ("
                + "dev.custody.processor.testing.Environments$OpaqueEnvironment) is not javac's and"
                + " holds no javac environment Custody can find. Custody checks code only when"
                + " compiled by javac (JDK 17 or later).");
    assertThat(Files.exists(sarif)).isFalse();
  }

  @Test
  void processorListedTwiceChecksOnce() throws Exception {
    Path sarif = temp.resolve("custody.sarif");
    Compilation compilation =
        javac()
            .withProcessors(
                new CustodyProcessor(),
                new WrappingProcessor(new CustodyProcessor(), Environments::gradleDelegate),
                new OwnershipAnnotationsClaimer())
            .withOptions("-A" + CustodyOptions.SARIF + "=" + sarif)
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(analysedFiles(SarifAssertions.readValid(sarif))).hasSize(2);
  }

  static List<String> custodyMessages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[custody"))
        .map(d -> kindName(d.getKind()) + " " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  private static String kindName(Diagnostic.Kind kind) {
    return kind == Diagnostic.Kind.MANDATORY_WARNING ? "WARNING" : kind.name();
  }

  static List<Object> analysedFiles(Map<String, Object> log) {
    Map<String, Object> run =
        SarifAssertions.object(SarifAssertions.array(log.get("runs"), "runs").get(0), "run");
    return SarifAssertions.array(run.get("artifacts"), "artifacts").stream()
        .map(a -> SarifAssertions.object(a, "artifact").get("location"))
        .map(l -> SarifAssertions.object(l, "location").get("uri"))
        .collect(Collectors.toList());
  }
}
