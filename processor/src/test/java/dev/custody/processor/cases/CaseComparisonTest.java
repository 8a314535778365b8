package dev.custody.processor.cases;

import static com.google.common.truth.Truth.assertThat;

import dev.custody.processor.cases.Expectation.Severity;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/** The comparison half of the harness, against hand-made diagnostics. */
class CaseComparisonTest {
  private static final String CASE = "Sample.java";

  @Test
  void exactMatchPasses() {
    CaseComparison result =
        compare(
            List.of(error(3, "use-after-move", null), error(5, "leak", "line 9")),
            List.of(reported(Diagnostic.Kind.ERROR, CASE, 5, "[custody:leak] 'r' leaks at line 9"),
                reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:use-after-move] 'r' is used")));
    assertThat(result.passed()).isTrue();
  }

  @Test
  void wrongLineIsBothMissingAndUnexpected() {
    CaseComparison result =
        compare(
            List.of(error(3, "leak", null)),
            List.of(reported(Diagnostic.Kind.ERROR, CASE, 4, "[custody:leak] 'r' leaks")));
    assertThat(result.missing).hasSize(1);
    assertThat(result.unexpected).hasSize(1);
  }

  @Test
  void wrongKindFails() {
    CaseComparison result =
        compare(
            List.of(error(3, "leak", null)),
            List.of(reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:double-drop] twice")));
    assertThat(result.passed()).isFalse();
  }

  @Test
  void textMustBeContained() {
    CaseComparison result =
        compare(
            List.of(error(3, "leak", "line 12")),
            List.of(reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:leak] leaks at line 13")));
    assertThat(result.missing).hasSize(1);
  }

  @Test
  void duplicatesCountAsMultiset() {
    List<Reported> twice =
        List.of(
            reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:leak] a"),
            reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:leak] b"));
    assertThat(compare(List.of(error(3, "leak", null)), twice).unexpected).hasSize(1);
    assertThat(compare(List.of(error(3, "leak", null), error(3, "leak", null)), twice).passed())
        .isTrue();
  }

  @Test
  void matchingDoesNotDependOnMarkerOrder() {
    // A greedy pairing would give "leak" (no text) the only diagnostic that mentions line 12.
    List<Reported> reported =
        List.of(
            reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:leak] exits at line 12"),
            reported(Diagnostic.Kind.ERROR, CASE, 3, "[custody:leak] exits at line 20"));
    assertThat(
            compare(List.of(error(3, "leak", null), error(3, "leak", "line 12")), reported)
                .passed())
        .isTrue();
  }

  @Test
  void warningIsNotAnError() {
    CaseComparison result =
        compare(
            List.of(error(3, "leak", null)),
            List.of(reported(Diagnostic.Kind.WARNING, CASE, 3, "[custody:leak] a")));
    assertThat(result.passed()).isFalse();
    assertThat(
            compare(
                    List.of(new Expectation(3, Severity.WARNING, "leak", null, 3)),
                    List.of(reported(Diagnostic.Kind.MANDATORY_WARNING, CASE, 3, "[custody:leak] a")))
                .passed())
        .isTrue();
  }

  @Test
  void javacErrorsFailTheCaseButJavacWarningsDoNot() {
    CaseComparison result =
        compare(
            List.of(),
            List.of(
                reported(Diagnostic.Kind.ERROR, CASE, 3, "cannot find symbol"),
                reported(Diagnostic.Kind.WARNING, CASE, 4, "[unchecked] unchecked call")));
    assertThat(result.javacErrors).hasSize(1);
    assertThat(result.unexpected).isEmpty();
  }

  @Test
  void custodyFindingInAnotherFileIsUnexpected() {
    CaseComparison result =
        compare(
            List.of(error(3, "leak", null)),
            List.of(reported(Diagnostic.Kind.ERROR, "Res.java", 3, "[custody:leak] a")));
    assertThat(result.unexpected).hasSize(1);
    assertThat(result.missing).hasSize(1);
  }

  @Test
  void notesAreComparedOnlyWhenTheFileExpectsOne() {
    List<Reported> withNote =
        List.of(
            reported(Diagnostic.Kind.ERROR, CASE, 5, "[custody:use-after-move] used"),
            reported(Diagnostic.Kind.NOTE, CASE, 4, "[custody:use-after-move] value moved here"));
    assertThat(compare(List.of(error(5, "use-after-move", null)), withNote).passed()).isTrue();
    assertThat(
            compare(
                    List.of(
                        error(5, "use-after-move", null),
                        new Expectation(4, Severity.NOTE, null, "moved here", 4)),
                    withNote)
                .passed())
        .isTrue();
    assertThat(
            compare(
                    List.of(
                        error(5, "use-after-move", null),
                        new Expectation(3, Severity.NOTE, null, "moved here", 3)),
                    withNote)
                .passed())
        .isFalse();
  }

  @Test
  void internalErrorsAndDisabledChecksAreAlwaysUnexpected() {
    CaseComparison result =
        compare(
            List.of(),
            List.of(
                reported(Diagnostic.Kind.WARNING, CASE, 3, "[custody:internal-error] boom"),
                reported(Diagnostic.Kind.NOTE, CASE, -1, "[custody] ownership checks are disabled")));
    assertThat(result.unexpected).hasSize(2);
  }

  private static Expectation error(int line, String kind, String text) {
    return new Expectation(line, Severity.ERROR, kind, text, line);
  }

  private static CaseComparison compare(List<Expectation> expected, List<Reported> reported) {
    return CaseComparison.compare(CASE, expected, reported);
  }

  private static Reported reported(Diagnostic.Kind kind, String file, long line, String message) {
    return Reported.of(new FakeDiagnostic(kind, file, line, message));
  }

  /** A diagnostic as javac would hand it to compile-testing. */
  private static final class FakeDiagnostic implements Diagnostic<JavaFileObject> {
    private final Kind kind;
    private final JavaFileObject source;
    private final long line;
    private final String message;

    FakeDiagnostic(Kind kind, String file, long line, String message) {
      this.kind = kind;
      this.source =
          new SimpleJavaFileObject(URI.create("mem:///" + file), JavaFileObject.Kind.SOURCE) {};
      this.line = line;
      this.message = message;
    }

    @Override
    public Kind getKind() {
      return kind;
    }

    @Override
    public JavaFileObject getSource() {
      return source;
    }

    @Override
    public long getPosition() {
      return NOPOS;
    }

    @Override
    public long getStartPosition() {
      return NOPOS;
    }

    @Override
    public long getEndPosition() {
      return NOPOS;
    }

    @Override
    public long getLineNumber() {
      return line;
    }

    @Override
    public long getColumnNumber() {
      return NOPOS;
    }

    @Override
    public String getCode() {
      return null;
    }

    @Override
    public String getMessage(Locale locale) {
      return message;
    }
  }
}
