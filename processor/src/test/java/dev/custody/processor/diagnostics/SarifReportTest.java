package dev.custody.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;

import dev.custody.processor.testing.MiniJson;
import dev.custody.processor.testing.SarifAssertions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private final SarifReport report = new SarifReport(URI.create("file:///work/project/"));

  @Test
  void emptyReportIsValid() {
    Map<String, Object> log = roundTrip();
    assertThat(SarifAssertions.results(log)).isEmpty();
  }

  @Test
  void fileUnderTheSourceRootIsRelativeToSrcRoot() {
    report.addResult(
        DiagnosticKind.LEAK,
        true,
        "[custody:leak] 'r' leaks",
        new SarifReport.Location(URI.create("file:///work/project/src/A.java"), 3, 7));
    Map<String, Object> artifact = artifactLocation(roundTrip());
    assertThat(artifact).containsEntry("uri", "src/A.java");
    assertThat(artifact).containsEntry("uriBaseId", "%SRCROOT%");
  }

  @Test
  void fileElsewhereKeepsItsAbsoluteUri() {
    report.addResult(
        DiagnosticKind.LEAK,
        false,
        "[custody:leak] 'r' leaks",
        new SarifReport.Location(URI.create("file:///elsewhere/A.java"), 3, 7));
    Map<String, Object> log = roundTrip();
    assertThat(artifactLocation(log)).containsExactly("uri", "file:///elsewhere/A.java");
    assertThat(SarifAssertions.object(SarifAssertions.results(log).get(0), "r").get("level"))
        .isEqualTo("warning");
  }

  @Test
  void messagesAreEscaped() {
    String message = "[custody:leak] \"quoted\" back\\slash\ttab\nnewline \u0001";
    report.addResult(
        DiagnosticKind.LEAK,
        true,
        message,
        new SarifReport.Location(URI.create("file:///work/project/A.java"), 1, 1));
    Map<String, Object> result = SarifAssertions.object(SarifAssertions.results(roundTrip()).get(0), "r");
    assertThat(SarifAssertions.object(result.get("message"), "m").get("text")).isEqualTo(message);
  }

  @Test
  void ruleIndexPointsAtTheRule() {
    report.addResult(
        DiagnosticKind.DOUBLE_DROP,
        true,
        "[custody:double-drop] twice",
        new SarifReport.Location(URI.create("file:///work/project/A.java"), 1, 1));
    Map<String, Object> log = roundTrip();
    Map<String, Object> result = SarifAssertions.object(SarifAssertions.results(log).get(0), "r");
    Map<String, Object> run =
        SarifAssertions.object(SarifAssertions.array(log.get("runs"), "runs").get(0), "run");
    List<Object> rules =
        SarifAssertions.array(
            SarifAssertions.object(
                    SarifAssertions.object(run.get("tool"), "tool").get("driver"), "driver")
                .get("rules"),
            "rules");
    int index = ((Double) result.get("ruleIndex")).intValue();
    assertThat(SarifAssertions.object(rules.get(index), "rule").get("id"))
        .isEqualTo("double-drop");
  }

  private Map<String, Object> roundTrip() {
    return SarifAssertions.assertValid(MiniJson.parse(Json.write(report.toJson())));
  }

  private static Map<String, Object> artifactLocation(Map<String, Object> log) {
    Map<String, Object> result = SarifAssertions.object(SarifAssertions.results(log).get(0), "r");
    Map<String, Object> location =
        SarifAssertions.object(SarifAssertions.array(result.get("locations"), "l").get(0), "l");
    return SarifAssertions.object(
        SarifAssertions.object(location.get("physicalLocation"), "p").get("artifactLocation"),
        "a");
  }
}
