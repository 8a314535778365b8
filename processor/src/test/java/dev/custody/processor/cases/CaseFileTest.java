package dev.custody.processor.cases;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.CustodyProcessor;
import dev.custody.processor.OwnershipAnnotationsClaimer;
import dev.custody.processor.javac.CustodyPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every case file with the support types and Custody, and checks that exactly the
 * diagnostics its {@code //~} markers announce are reported (see {@link ExpectationParser}).
 *
 * <p>Every case runs twice: with the processor, and with the plug-in ({@code -Xplugin:Custody})
 * and annotation processing off. Cases that call drop glue need the processor to generate it; they
 * run the plug-in beside the processor, which must then leave the checking to the plug-in, so that
 * every finding is still reported exactly once.
 */
class CaseFileTest {

  /** How Custody enters javac. */
  enum Route {
    PROCESSOR,
    PLUGIN
  }

  static Stream<CaseFiles.Case> cases() {
    return CaseFiles.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedDiagnostics(CaseFiles.Case testCase) throws Exception {
    assertReportsExactlyTheMarkedDiagnostics(testCase, Route.PROCESSOR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pluginReportsExactlyTheMarkedDiagnostics(CaseFiles.Case testCase) throws Exception {
    assertReportsExactlyTheMarkedDiagnostics(testCase, Route.PLUGIN);
  }

  private static void assertReportsExactlyTheMarkedDiagnostics(CaseFiles.Case testCase, Route route)
      throws Exception {
    String source = testCase.source();
    List<Expectation> expectations = ExpectationParser.parse(source);
    Compilation compilation = compile(testCase.name, source, route);
    List<Reported> reported =
        compilation.diagnostics().stream().map(Reported::of).collect(Collectors.toList());

    CaseComparison comparison =
        CaseComparison.compare(testCase.fileName(), expectations, reported);
    if (!comparison.passed()) {
      fail(CaseReport.describe(testCase, source, expectations, reported, comparison));
    }
  }

  /** The support types are compiled with every case, so they must be clean themselves. */
  @Test
  void supportTypesCompileWithoutAnyDiagnostic() {
    Compilation compilation = compile(null, null, Route.PROCESSOR);
    List<String> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      diagnostics.add(Reported.of(diagnostic).toString());
    }
    assertEquals(List.of(), diagnostics, "diagnostics in cases/support");
  }

  /** Support + one case (or support alone when {@code name} is null), checked by Custody. */
  static Compilation compile(String name, String source, Route route) {
    List<JavaFileObject> sources = new ArrayList<>(CaseFiles.support());
    if (name != null) {
      sources.add(JavaFileObjects.forSourceString(name, source));
    }
    if (route == Route.PROCESSOR) {
      return javac()
          .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
          .compile(sources);
    }
    // The plug-in is found on the class path through its service registration, as javac does.
    String plugin = "-Xplugin:" + CustodyPlugin.NAME;
    if (source != null && source.contains("_DropGlue")) {
      return javac()
          .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
          .withOptions(plugin)
          .compile(sources);
    }
    return javac().withOptions(plugin, "-proc:none").compile(sources);
  }
}
