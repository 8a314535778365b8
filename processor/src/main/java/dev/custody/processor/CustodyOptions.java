package dev.custody.processor;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code -Acustody.<name>} options, read once per compilation. Unknown values of the boolean
 * options count as {@code false}, like {@link Boolean#parseBoolean}; a bare {@code -Acustody.x}
 * (no value) counts as {@code true}, the way javac users expect flags to work. {@value #GLUE} takes
 * one of two words; anything else is reported and leaves the default.
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
  /** Which classes get drop glue: {@value #GLUE_ALL} (the default) or {@value #GLUE_REFERENCED}. */
  public static final String GLUE = "custody.glue";
  /** Every class with owned fields gets drop glue. */
  public static final String GLUE_ALL = "all";
  /** Only the classes whose own source file names their drop glue get it. */
  public static final String GLUE_REFERENCED = "referenced";

  /** What {@code getSupportedOptions()} declares, so javac's lint accepts them. */
  public static final Set<String> NAMES = Set.of(WARNINGS, REQUIRE_JAVAC, DISABLE, SARIF, GLUE);

  private final boolean warningsOnly;
  private final boolean requireJavac;
  private final boolean disabled;
  private final Path sarifFile;
  private final boolean glueReferencedOnly;
  private final String unknownGlueValue;

  private CustodyOptions(
      boolean warningsOnly,
      boolean requireJavac,
      boolean disabled,
      Path sarifFile,
      boolean glueReferencedOnly,
      String unknownGlueValue) {
    this.warningsOnly = warningsOnly;
    this.requireJavac = requireJavac;
    this.disabled = disabled;
    this.sarifFile = sarifFile;
    this.glueReferencedOnly = glueReferencedOnly;
    this.unknownGlueValue = unknownGlueValue;
  }

  public static CustodyOptions from(Map<String, String> options) {
    String sarif = options.get(SARIF);
    String glue =
        options.containsKey(GLUE) ? Objects.toString(options.get(GLUE), "").trim() : GLUE_ALL;
    boolean knownGlue = glue.equals(GLUE_ALL) || glue.equals(GLUE_REFERENCED);
    return new CustodyOptions(
        flag(options, WARNINGS),
        flag(options, REQUIRE_JAVAC),
        flag(options, DISABLE),
        sarif == null || sarif.isBlank() ? null : Paths.get(sarif.trim()),
        glue.equals(GLUE_REFERENCED),
        knownGlue ? null : glue);
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

  /**
   * Whether drop glue is generated only for the classes whose own source file names it ({@code
   * -Acustody.glue=referenced}); otherwise every class with owned fields gets it.
   */
  public boolean glueReferencedOnly() {
    return glueReferencedOnly;
  }

  /**
   * What is wrong with the {@value #GLUE} option, or {@code null} when it is absent or valid. An
   * unknown value leaves the default (glue for every class), so nothing the build needs is lost.
   */
  public String glueProblem() {
    if (unknownGlueValue == null) {
      return null;
    }
    return "-A" + GLUE + "=" + unknownGlueValue + " is not a known value; write -A" + GLUE + "="
        + GLUE_ALL + " (the default: drop glue for every class with owned fields) or -A" + GLUE
        + "=" + GLUE_REFERENCED + " (only for the classes whose own source file names their glue)";
  }

  /** The SARIF report file, or {@code null} when no report was asked for. */
  public Path sarifFile() {
    return sarifFile;
  }
}
