package dev.custody.processor.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/rules.md} read as data. Each {@code ## <kind>} section holds three marked blocks:
 *
 * <pre>
 * &lt;!-- example: Name.java --&gt;        a ```java block that must produce exactly ...
 * &lt;!-- reported --&gt;                  ... the ```text block's javac lines ("Name.java:7: error: [custody:..] ..")
 * &lt;!-- fixed: NameFixed.java --&gt;     a ```java block that must compile without a finding
 * </pre>
 *
 * The markers are HTML comments, so the page renders as plain Markdown.
 */
final class RulesReference {
  private static final Pattern HEADING = Pattern.compile("^## +([a-z-]+)\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^<!-- *(example|reported|fixed)(?:: *([A-Za-z0-9_]+\\.java))? *-->\\s*$");

  /** A Java source shown on the page, with the file name it is compiled as. */
  static final class Source {
    final String fileName;
    final String text;
    final int markdownLine;

    Source(String fileName, String text, int markdownLine) {
      this.fileName = fileName;
      this.text = text;
      this.markdownLine = markdownLine;
    }

    String className() {
      return fileName.substring(0, fileName.length() - ".java".length());
    }
  }

  /** One diagnostic kind's section. */
  static final class Section {
    final String kind;
    Source example;
    List<String> reported;
    Source fixed;

    Section(String kind) {
      this.kind = kind;
    }

    @Override
    public String toString() {
      return kind;
    }
  }

  private RulesReference() {}

  /** The repository checkout this test runs in: the first ancestor with docs/rules.md. */
  static Path repositoryRoot() {
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/rules.md"))) {
        return dir;
      }
    }
    throw new IllegalStateException("docs/rules.md not found above " + Paths.get("").toAbsolutePath());
  }

  static Map<String, Section> read(Path markdown) throws IOException {
    return parse(Files.readAllLines(markdown, StandardCharsets.UTF_8));
  }

  /** Sections by kind, in page order; only headings followed by at least one marker count. */
  static Map<String, Section> parse(List<String> lines) {
    Map<String, Section> sections = new LinkedHashMap<>();
    String heading = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher h = HEADING.matcher(lines.get(i));
      if (h.matches()) {
        heading = h.group(1);
        continue;
      }
      Matcher m = MARKER.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      if (heading == null) {
        throw new IllegalArgumentException("rules.md:" + (i + 1) + ": marker outside a kind section");
      }
      Section section = sections.computeIfAbsent(heading, Section::new);
      String what = m.group(1);
      String fileName = m.group(2);
      int fence = nextFence(lines, i + 1, what.equals("reported") ? "text" : "java");
      List<String> body = fenced(lines, fence);
      switch (what) {
        case "example":
          section.example = new Source(require(fileName, i), String.join("\n", body) + "\n", fence + 2);
          break;
        case "fixed":
          section.fixed = new Source(require(fileName, i), String.join("\n", body) + "\n", fence + 2);
          break;
        default:
          section.reported = body;
          break;
      }
      i = fence + body.size() + 1;
    }
    return sections;
  }

  private static String require(String fileName, int line) {
    if (fileName == null) {
      throw new IllegalArgumentException("rules.md:" + (line + 1) + ": marker needs a file name");
    }
    return fileName;
  }

  /** Index of the opening fence of the block that must follow a marker (blank lines allowed). */
  private static int nextFence(List<String> lines, int from, String language) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("```" + language)) {
        return i;
      }
      break;
    }
    throw new IllegalArgumentException(
        "rules.md:" + from + ": a ```" + language + " block must follow the marker");
  }

  private static List<String> fenced(List<String> lines, int fence) {
    List<String> body = new ArrayList<>();
    for (int i = fence + 1; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("```")) {
        return body;
      }
      body.add(lines.get(i));
    }
    throw new IllegalArgumentException("rules.md:" + (fence + 1) + ": unclosed code block");
  }
}
