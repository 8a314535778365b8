package dev.custody.processor.diagnostics;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one compilation's findings and writes them as a SARIF 2.1.0 log (one run, tool driver
 * "Custody", one rule per {@link DiagnosticKind}). Files under the working directory are written
 * relative to {@code %SRCROOT%}, which is what code-scanning services expect; others keep their
 * absolute URI.
 *
 * <p>Internal failures of the checker are not results: they go to the invocation's {@code
 * toolExecutionNotifications}, and the invocation is then not {@code executionSuccessful}.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String SOURCE_ROOT = "%SRCROOT%";

  /** A position in a source file; a line or column below 1 means "unknown". */
  public static final class Location {
    final URI file;
    final long line;
    final long column;

    public Location(URI file, long line, long column) {
      this.file = file;
      this.line = line;
      this.column = column;
    }
  }

  private static final class Result {
    final DiagnosticKind kind;
    final String level;
    final String message;
    final Location location;

    Result(DiagnosticKind kind, String level, String message, Location location) {
      this.kind = kind;
      this.level = level;
      this.message = message;
      this.location = location;
    }
  }

  private static final class Notification {
    final String message;
    final Location location;

    Notification(String message, Location location) {
      this.message = message;
      this.location = location;
    }
  }

  private final URI sourceRoot;
  private final List<Result> results = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();
  private final Set<URI> analysedFiles = new LinkedHashSet<>();

  public SarifReport() {
    this(Paths.get("").toAbsolutePath().toUri());
  }

  SarifReport(URI sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  /** A finding; {@code error} is false when findings are reported as warnings. */
  public synchronized void addResult(
      DiagnosticKind kind, boolean error, String message, Location location) {
    results.add(new Result(kind, error ? "error" : "warning", message, location));
  }

  /** The checker failed on part of the code (see {@link Reporter#internalError}). */
  public synchronized void addInternalError(String message, Location location) {
    notifications.add(new Notification(message, location));
  }

  /** A source file that was analysed, findings or not. */
  public synchronized void addAnalysedFile(URI file) {
    if (file != null) {
      analysedFiles.add(file);
    }
  }

  public synchronized void writeTo(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, Json.write(toJson()).getBytes(StandardCharsets.UTF_8));
  }

  synchronized Map<String, Object> toJson() {
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run()));
    return log;
  }

  private Map<String, Object> run() {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver()));
    run.put("originalUriBaseIds", Map.of(SOURCE_ROOT, Map.of("uri", sourceRoot.toString())));
    run.put("invocations", List.of(invocation()));
    List<Object> artifacts = new ArrayList<>();
    for (URI file : analysedFiles) {
      artifacts.add(Map.of("location", artifactLocation(file)));
    }
    run.put("artifacts", artifacts);
    List<Object> jsonResults = new ArrayList<>();
    for (Result result : results) {
      jsonResults.add(result(result));
    }
    run.put("results", jsonResults);
    return run;
  }

  private static Map<String, Object> driver() {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "Custody");
    driver.put("fullName", "Custody ownership checker");
    List<Object> rules = new ArrayList<>();
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", kind.id());
      rule.put("name", RuleDescriptions.name(kind));
      rule.put("shortDescription", Map.of("text", RuleDescriptions.of(kind)));
      rule.put("defaultConfiguration", Map.of("level", "error"));
      rules.add(rule);
    }
    driver.put("rules", rules);
    return driver;
  }

  private Map<String, Object> invocation() {
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", notifications.isEmpty());
    List<Object> jsonNotifications = new ArrayList<>();
    for (Notification notification : notifications) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("level", "warning");
      json.put("message", Map.of("text", notification.message));
      if (notification.location != null && notification.location.file != null) {
        json.put("locations", List.of(location(notification.location)));
      }
      jsonNotifications.add(json);
    }
    invocation.put("toolExecutionNotifications", jsonNotifications);
    return invocation;
  }

  private Map<String, Object> result(Result result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ruleId", result.kind.id());
    json.put("ruleIndex", result.kind.ordinal());
    json.put("level", result.level);
    json.put("message", Map.of("text", result.message));
    if (result.location != null && result.location.file != null) {
      json.put("locations", List.of(location(result.location)));
    }
    return json;
  }

  private Map<String, Object> location(Location location) {
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifactLocation(location.file));
    if (location.line >= 1) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", location.line);
      if (location.column >= 1) {
        region.put("startColumn", location.column);
      }
      physical.put("region", region);
    }
    return Map.of("physicalLocation", physical);
  }

  private Map<String, Object> artifactLocation(URI file) {
    URI relative = sourceRoot.relativize(file);
    Map<String, Object> artifact = new LinkedHashMap<>();
    if (relative != file && !relative.isAbsolute()) {
      artifact.put("uri", relative.toString());
      artifact.put("uriBaseId", SOURCE_ROOT);
    } else {
      artifact.put("uri", file.toString());
    }
    return artifact;
  }
}
