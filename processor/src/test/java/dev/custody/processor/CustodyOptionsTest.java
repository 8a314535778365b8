package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustodyOptionsTest {
  @Test
  void defaultsAreErrorsChecksOnNoReport() {
    CustodyOptions options = CustodyOptions.from(Map.of());
    assertThat(options.warningsOnly()).isFalse();
    assertThat(options.requireJavac()).isFalse();
    assertThat(options.disabled()).isFalse();
    assertThat(options.sarifFile()).isNull();
    assertThat(options.glueReferencedOnly()).isFalse();
    assertThat(options.glueProblem()).isNull();
  }

  @Test
  void glueTakesOneOfTwoWords() {
    assertThat(CustodyOptions.from(Map.of("custody.glue", "all")).glueReferencedOnly()).isFalse();
    assertThat(CustodyOptions.from(Map.of("custody.glue", " referenced ")).glueReferencedOnly())
        .isTrue();
    assertThat(CustodyOptions.from(Map.of("custody.glue", "referenced")).glueProblem()).isNull();
  }

  @Test
  void anUnknownOrMissingGlueValueIsAProblemAndLeavesGlueForEveryClass() {
    CustodyOptions unknown = CustodyOptions.from(Map.of("custody.glue", "Referenced"));
    assertThat(unknown.glueReferencedOnly()).isFalse();
    assertThat(unknown.glueProblem()).startsWith("-Acustody.glue=Referenced is not a known value");
    Map<String, String> bare = new HashMap<>();
    bare.put("custody.glue", null);
    CustodyOptions missing = CustodyOptions.from(bare);
    assertThat(missing.glueReferencedOnly()).isFalse();
    assertThat(missing.glueProblem()).startsWith("-Acustody.glue= is not a known value");
  }

  @Test
  void bareFlagMeansTrue() {
    // javac passes -Acustody.disable (no '=') as a null value.
    Map<String, String> raw = new HashMap<>();
    raw.put("custody.disable", null);
    raw.put("custody.warnings", "");
    CustodyOptions options = CustodyOptions.from(raw);
    assertThat(options.disabled()).isTrue();
    assertThat(options.warningsOnly()).isTrue();
  }

  @Test
  void explicitValues() {
    CustodyOptions options =
        CustodyOptions.from(
            Map.of(
                "custody.warnings", "TRUE",
                "custody.requireJavac", "false",
                "custody.disable", "no",
                "custody.sarif", " build/custody.sarif "));
    assertThat(options.warningsOnly()).isTrue();
    assertThat(options.requireJavac()).isFalse();
    assertThat(options.disabled()).isFalse();
    assertThat(options.sarifFile()).isEqualTo(Paths.get("build/custody.sarif"));
  }

  @Test
  void blankSarifPathMeansNoReport() {
    assertThat(CustodyOptions.from(Map.of("custody.sarif", "  ")).sarifFile()).isNull();
  }
}
