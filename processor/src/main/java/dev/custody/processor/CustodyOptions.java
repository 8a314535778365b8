package dev.custody.processor;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -Acustody.<name>} options, read once per compilation. Unknown values of the boolean
 * options count as {@code false}, like {@link Boolean#parseBoolean}; a bare {@code -Acustody.x}
 * (no value) counts as {@code true}, the way javac users expect flags to work.
 */
public final class CustodyOptions {
  /** Report findings as warnings instead of errors. */
  public static final String WARNINGS = "custody.warnings";
  /** Turn the "checks disabled" note (not running inside javac) into an error, for CI. */
  public static final String REQUIRE_JAVAC = "custody.requireJavac";
  /** Turn the checker off entirely; drop glue is still generated. */
  public static final String DISABLE = "custody.disable";
  /** Write a SARIF 2.1.0 report of every finding to this file when compilation finishes. */
  public static final String SARIF = "custody.sarif";

  /** What {@code getSupportedOptions()} declares, so javac's lint accepts them. */
  public static final Set<String> NAMES = Set.of(WARNINGS, REQUIRE_JAVAC, DISABLE, SARIF);

  private final boolean warningsOnly;
  private final boolean requireJavac;
  private final boolean disabled;
  private final Path sarifFile;

  private CustodyOptions(
      boolean warningsOnly, boolean requireJavac, boolean disabled, Path sarifFile) {
    this.warningsOnly = warningsOnly;
    this.requireJavac = requireJavac;
    this.disabled = disabled;
    this.sarifFile = sarifFile;
  }

  public static CustodyOptions from(Map<String, String> options) {
    String sarif = options.get(SARIF);
    return new CustodyOptions(
        flag(options, WARNINGS),
        flag(options, REQUIRE_JAVAC),
        flag(options, DISABLE),
        sarif == null || sarif.isBlank() ? null : Paths.get(sarif.trim()));
  }

  private static boolean flag(Map<String, String> options, String name) {
    if (!options.containsKey(name)) {
      return false;
    }
    String value = options.get(name);
    return value == null || value.isBlank() || Boolean.parseBoolean(value.trim());
  }

  public boolean warningsOnly() {
    return warningsOnly;
  }

  public boolean requireJavac() {
    return requireJavac;
  }

  public boolean disabled() {
    return disabled;
  }

  /** The SARIF report file, or {@code null} when no report was asked for. */
  public Path sarifFile() {
    return sarifFile;
  }
}
