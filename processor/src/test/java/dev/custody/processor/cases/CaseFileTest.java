package dev.custody.processor.cases;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.CustodyProcessor;
import dev.custody.processor.OwnershipAnnotationsClaimer;
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
 */
class CaseFileTest {

  static Stream<CaseFiles.Case> cases() {
    return CaseFiles.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedDiagnostics(CaseFiles.Case testCase) throws Exception {
    String source = testCase.source();
    List<Expectation> expectations = ExpectationParser.parse(source);
    Compilation compilation = compile(testCase.name, source);
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
    Compilation compilation = compile(null, null);
    List<String> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      diagnostics.add(Reported.of(diagnostic).toString());
    }
    assertEquals(List.of(), diagnostics, "diagnostics in cases/support");
  }

  /** Support + one case (or support alone when {@code name} is null), processed by Custody. */
  static Compilation compile(String name, String source) {
    List<JavaFileObject> sources = new ArrayList<>(CaseFiles.support());
    if (name != null) {
      sources.add(JavaFileObjects.forSourceString(name, source));
    }
    return javac()
        .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
        .compile(sources);
  }
}
