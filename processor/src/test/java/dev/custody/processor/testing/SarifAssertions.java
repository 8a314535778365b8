package dev.custody.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks a SARIF log against what the SARIF 2.1.0 schema requires of the parts Custody writes:
 * {@code version}, {@code runs[].tool.driver.name}, rule ids, invocations'
 * {@code executionSuccessful}, and for every result {@code message.text}, a {@code ruleId} naming
 * a declared rule, and locations with {@code physicalLocation.artifactLocation.uri} and a
 * {@code region.startLine} of at least 1.
 */
public final class SarifAssertions {
  private SarifAssertions() {}

  public static Map<String, Object> readValid(Path file) throws IOException {
    Object log = MiniJson.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    return assertValid(log);
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> assertValid(Object log) {
    Map<String, Object> root = object(log, "log");
    assertWithMessage("version").that(root.get("version")).isEqualTo("2.1.0");
    List<Object> runs = array(root.get("runs"), "runs");
    assertWithMessage("runs").that(runs).isNotEmpty();
    for (Object runValue : runs) {
      Map<String, Object> run = object(runValue, "run");
      Map<String, Object> driver =
          object(object(run.get("tool"), "run.tool").get("driver"), "run.tool.driver");
      assertWithMessage("driver.name").that(driver.get("name")).isInstanceOf(String.class);
      List<Object> rules = array(driver.get("rules"), "driver.rules");
      java.util.Set<Object> ruleIds = new java.util.HashSet<>();
      for (Object rule : rules) {
        Object id = object(rule, "rule").get("id");
        assertWithMessage("rule.id").that(id).isInstanceOf(String.class);
        ruleIds.add(id);
      }
      if (run.containsKey("invocations")) {
        for (Object invocation : array(run.get("invocations"), "invocations")) {
          assertWithMessage("invocation.executionSuccessful")
              .that(object(invocation, "invocation").get("executionSuccessful"))
              .isInstanceOf(Boolean.class);
        }
      }
      for (Object resultValue : array(run.get("results"), "results")) {
        Map<String, Object> result = object(resultValue, "result");
        Object text = object(result.get("message"), "result.message").get("text");
        assertWithMessage("result.message.text").that(text).isInstanceOf(String.class);
        assertWithMessage("result.ruleId of %s", text).that(ruleIds).contains(result.get("ruleId"));
        List<Object> locations = array(result.get("locations"), "result.locations");
        assertWithMessage("result.locations of %s", text).that(locations).isNotEmpty();
        for (Object locationValue : locations) {
          Map<String, Object> physical =
              object(
                  object(locationValue, "location").get("physicalLocation"), "physicalLocation");
          Object uri = object(physical.get("artifactLocation"), "artifactLocation").get("uri");
          assertWithMessage("artifactLocation.uri").that(uri).isInstanceOf(String.class);
          Object startLine = object(physical.get("region"), "region").get("startLine");
          assertWithMessage("region.startLine").that(startLine).isInstanceOf(Double.class);
          assertWithMessage("region.startLine").that((Double) startLine).isAtLeast(1.0);
        }
      }
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value, String what) {
    assertWithMessage(what + " is an object").that(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(Object value, String what) {
    assertWithMessage(what + " is an array").that(value).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  /** The results of the first run. */
  public static List<Object> results(Map<String, Object> log) {
    return array(object(array(log.get("runs"), "runs").get(0), "run").get("results"), "results");
  }
}
