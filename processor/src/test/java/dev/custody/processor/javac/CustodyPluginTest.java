package dev.custody.processor.javac;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.custody.processor.CustodyProcessor;
import dev.custody.processor.OwnershipAnnotationsClaimer;
import dev.custody.processor.testing.ClassLocations;
import dev.custody.processor.testing.SarifAssertions;
import dev.custody.processor.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custody through {@code -Xplugin:Custody}, found on the class path by javac's service loader as a
 * build would find it on the processor path. The case files run through this route too
 * ({@code CaseFileTest}); this class covers what only the plug-in has: its arguments, and sharing a
 * compilation with the processor.
 */
class CustodyPluginTest {
  @TempDir Path temp;

  @Test
  void checksWithAnnotationProcessingOff() {
    Compilation compilation =
        javac()
            .withOptions("-proc:none", "-Xplugin:Custody")
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).failed();
    assertThat(custodyMessages(compilation))
        .containsExactlyElementsIn(useAfterMoveReportedAs("ERROR"));
  }

  @Test
  void cleanCodeCompilesWithoutAWord() {
    Compilation compilation =
        javac()
            .withOptions("-Xlint:all", "-Werror", "-proc:none", "-Xplugin:Custody")
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void argumentsAreTheProcessorOptions() throws Exception {
    Path sarif = temp.resolve("custody.sarif");
    Compilation compilation =
        javac()
            .withOptions(
                "-proc:none", "-Xplugin:Custody custody.warnings custody.sarif=" + sarif)
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).succeeded();
    assertThat(custodyMessages(compilation))
        .containsExactlyElementsIn(useAfterMoveReportedAs("WARNING"));
    assertThat(SarifAssertions.readValid(sarif)).isNotEmpty();
  }

  @Test
  void disableInstallsNoChecker() {
    Compilation compilation =
        javac()
            .withOptions("-proc:none", "-Xplugin:Custody custody.disable")
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void unknownArgumentIsAWarningThatListsTheKnownOnes() {
    Compilation compilation =
        javac()
            .withOptions("-proc:none", "-Xplugin:Custody custody.warning")
            .compile(Samples.resource(), Samples.clean());

    assertThat(compilation).succeeded();
    List<String> warnings =
        compilation.warnings().stream()
            .map(d -> d.getMessage(Locale.ROOT))
            .collect(Collectors.toList());
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .isEqualTo(
            "[custody] unknown -Xplugin:Custody argument(s) [custody.warning]; known:"
                + " [custody.disable, custody.glue, custody.requireJavac, custody.sarif,"
                + " custody.warnings],"
                + " each as name or name=value");
  }

  @Test
  void withTheProcessorTooEveryFindingIsReportedOnce() {
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Xplugin:Custody")
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).failed();
    assertThat(custodyMessages(compilation))
        .containsExactlyElementsIn(useAfterMoveReportedAs("ERROR"));
  }

  @Test
  void registeredForJavacsServiceLoader() throws Exception {
    Path services =
        ClassLocations.of(CustodyPlugin.class).resolve("META-INF/services/com.sun.source.util.Plugin");
    assertThat(Files.readAllLines(services)).contains(CustodyPlugin.class.getName());
  }

  /** The finding in {@link Samples#USE_AFTER_MOVE} as {@code kind}, and its note at the move. */
  private static List<String> useAfterMoveReportedAs(String kind) {
    return List.of(
        kind + " " + Samples.USE_AFTER_MOVE_LINE + " [custody:use-after-move]",
        "NOTE " + (Samples.USE_AFTER_MOVE_LINE - 1) + " [custody:use-after-move]");
  }

  /** "KIND line [custody:kind]" for each Custody diagnostic (a finding and its notes). */
  private static List<String> custodyMessages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[custody"))
        .map(
            d -> {
              String message = d.getMessage(Locale.ROOT);
              String kind =
                  d.getKind() == Diagnostic.Kind.MANDATORY_WARNING ? "WARNING" : d.getKind().name();
              return kind + " " + d.getLineNumber() + " " + message.substring(0, message.indexOf(']') + 1);
            })
        .collect(Collectors.toList());
  }
}
