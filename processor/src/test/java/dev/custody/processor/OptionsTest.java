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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code -Acustody.*} options, end to end through {@link CustodyProcessor}. */
class OptionsTest {
  @TempDir Path temp;

  @Test
  void optionsAreDeclaredSoLintAcceptsThem() {
    assertThat(new CustodyProcessor().getSupportedOptions())
        .containsExactly(
            "custody.warnings",
            "custody.requireJavac",
            "custody.disable",
            "custody.sarif",
            "custody.glue");
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions(
                "-Xlint:all",
                "-Werror",
                "-Acustody.warnings=true",
                "-Acustody.requireJavac=true",
                "-Acustody.disable=false",
                "-Acustody.sarif=" + temp.resolve("r.sarif"),
                "-Acustody.glue=referenced")
            .compile(Samples.resource(), Samples.clean());
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void disableInstallsNoChecker() {
    Path sarif = temp.resolve("custody.sarif");
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.disable=true", "-Acustody.sarif=" + sarif)
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
    assertThat(Files.exists(sarif)).isFalse();
  }

  @Test
  void disableAlsoSilencesTheChecksDisabledNote() {
    Compilation compilation =
        javac()
            .withProcessors(
                new WrappingProcessor(new CustodyProcessor(), Environments::opaque),
                new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.disable")
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
  }

  @Test
  void requireJavacMakesAnUncheckedBuildFail() {
    Compilation compilation =
        javac()
            .withProcessors(
                new WrappingProcessor(new CustodyProcessor(), Environments::opaque),
                new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.requireJavac=true")
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).failed();
    List<String> messages = HostEnvironmentTest.custodyMessages(compilation);
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0)).startsWith("ERROR [custody] ownership checks are disabled: ");
    assertThat(messages.get(0)).endsWith("(-Acustody.requireJavac makes this an error)");
  }

  @Test
  void requireJavacIsQuietWhenJavacIsThere() {
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.requireJavac=true")
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void sarifReportIsWrittenWhenCompilationFinishes() throws Exception {
    Path sarif = temp.resolve("nested/dir/custody.sarif");
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.sarif=" + sarif)
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, Object> log = SarifAssertions.readValid(sarif);
    Map<String, Object> run =
        SarifAssertions.object(SarifAssertions.array(log.get("runs"), "runs").get(0), "run");
    Map<String, Object> driver =
        SarifAssertions.object(SarifAssertions.object(run.get("tool"), "tool").get("driver"), "d");
    assertThat(driver.get("name")).isEqualTo("Custody");
    assertThat(
            SarifAssertions.array(driver.get("rules"), "rules").stream()
                .map(rule -> SarifAssertions.object(rule, "rule").get("id")))
        .containsExactly(
            "use-after-move",
            "use-after-drop",
            "double-drop",
            "leak",
            "invalid-annotation",
            "move-of-borrowed",
            "borrow-escapes",
            "move-while-borrowed",
            "field-not-dropped")
        .inOrder();
    assertThat(SarifAssertions.results(log)).isEmpty();
  }

  @Test
  void warningsOptionTurnsFindingsIntoWarnings() {
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.warnings=true")
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[custody:use-after-move]")
        .inFile(Samples.useAfterMove())
        .onLine(Samples.USE_AFTER_MOVE_LINE);
  }

  @Test
  void sarifReportHoldsTheFindings() throws Exception {
    Path sarif = temp.resolve("custody.sarif");
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.sarif=" + sarif)
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).failed();
    List<Object> results = SarifAssertions.results(SarifAssertions.readValid(sarif));
    assertThat(results).hasSize(1);
    Map<String, Object> result = SarifAssertions.object(results.get(0), "result");
    assertThat(result.get("ruleId")).isEqualTo("use-after-move");
    assertThat(result.get("level")).isEqualTo("error");
    assertThat(SarifAssertions.object(result.get("message"), "message").get("text").toString())
        .startsWith("[custody:use-after-move] 'r'");
    Map<String, Object> physical =
        SarifAssertions.object(
            SarifAssertions.object(
                    SarifAssertions.array(result.get("locations"), "locations").get(0), "location")
                .get("physicalLocation"),
            "physicalLocation");
    assertThat(SarifAssertions.object(physical.get("artifactLocation"), "a").get("uri"))
        .isEqualTo("sample/Broken.java");
    Map<String, Object> region = SarifAssertions.object(physical.get("region"), "region");
    assertThat(region.get("startLine")).isEqualTo((double) Samples.USE_AFTER_MOVE_LINE);
    assertThat(region.get("startColumn")).isEqualTo(5.0);
  }

  @Test
  void suppressionOnTheMethodSilencesTheFinding() {
    for (String suppression : List.of("custody", "custody:use-after-move")) {
      Compilation compilation =
          javac()
              .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
              .compile(
                  Samples.resource(),
                  com.google.testing.compile.JavaFileObjects.forSourceString(
                      "sample.Broken",
                      Samples.USE_AFTER_MOVE.replace(
                          "  void run() {",
                          "  @SuppressWarnings(\"" + suppression + "\") void run() {")));
      assertThat(compilation).succeededWithoutWarnings();
    }
  }
}
