package dev.custody.processor.docs;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.Owned;
import dev.custody.processor.CustodyProcessor;
import dev.custody.processor.OwnershipAnnotationsClaimer;
import dev.custody.processor.diagnostics.DiagnosticKind;
import dev.custody.processor.testing.ClassLocations;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/rules.md} true: every diagnostic kind has a section; each section's example,
 * compiled with Custody against the real runtime, reports exactly the lines the page shows (file,
 * line, severity and full message); each section's fix compiles without a finding. Also checks
 * that {@code samples/broken/} still has a mistake of every kind ({@code samples/run.sh} checks
 * that the checker reports them).
 */
class RulesReferenceTest {
  private static final Path ROOT = RulesReference.repositoryRoot();

  /** The runtime's classes, compiled once from its sources: the examples use OffHeapBuffer. */
  private static List<File> classPath;

  @BeforeAll
  static void compileRuntime(@TempDir Path out) throws IOException {
    File annotations = ClassLocations.of(Owned.class).toFile();
    List<File> sources;
    try (Stream<Path> files = Files.walk(ROOT.resolve("runtime/src/main/java"))) {
      sources =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.getFileName().toString().equals("module-info.java"))
              .map(Path::toFile)
              .collect(Collectors.toList());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok =
          compiler
              .getTask(
                  log,
                  files,
                  null,
                  List.of("-proc:none", "-nowarn", "-d", out.toString(), "-cp", annotations.getPath()),
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
      assertTrue(ok, "the runtime's sources did not compile:\n" + log);
    }
    classPath = List.of(annotations, out.toFile());
  }

  static Stream<RulesReference.Section> sections() throws IOException {
    return RulesReference.read(ROOT.resolve("docs/rules.md")).values().stream();
  }

  @Test
  void everyKindHasACompleteSection() throws IOException {
    Map<String, RulesReference.Section> sections = RulesReference.read(ROOT.resolve("docs/rules.md"));
    assertEquals(allKinds(), new TreeSet<>(sections.keySet()), "sections of docs/rules.md");
    for (RulesReference.Section section : sections.values()) {
      assertNotNull(section.example, section.kind + ": no <!-- example: Name.java --> block");
      assertNotNull(section.reported, section.kind + ": no <!-- reported --> block");
      assertNotNull(section.fixed, section.kind + ": no <!-- fixed: Name.java --> block");
      assertTrue(
          section.reported.stream().anyMatch(line -> line.contains("error: [custody:" + section.kind + "]")),
          section.kind + ": the reported block shows no error of its own kind");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void exampleReportsExactlyTheDocumentedDiagnostics(RulesReference.Section section) {
    RulesReference.Source example = section.example;
    Compilation compilation = compile(example);
    assertEquals(
        String.join("\n", section.reported),
        String.join("\n", javacLines(compilation, example)),
        "docs/rules.md:" + example.markdownLine + ": " + example.fileName
            + " as javac reports it (expected: the page's <!-- reported --> block)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void fixCompilesWithoutAFinding(RulesReference.Section section) {
    RulesReference.Source fixed = section.fixed;
    Compilation compilation = compile(fixed);
    assertEquals(
        List.of(),
        javacLines(compilation, fixed),
        "docs/rules.md:" + fixed.markdownLine + ": " + fixed.fileName + " must compile clean");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), fixed.fileName);
  }

  @Test
  void brokenSampleHasAMistakeOfEveryKind() throws IOException {
    Pattern mistake = Pattern.compile("// MISTAKE ([a-z-]+):");
    TreeSet<String> kinds = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("samples/broken/src"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = mistake.matcher(Files.readString(file));
        while (m.find()) {
          kinds.add(m.group(1));
        }
      }
    }
    assertEquals(allKinds(), kinds, "'// MISTAKE <kind>:' comments in samples/broken");
  }

  private static TreeSet<String> allKinds() {
    return Arrays.stream(DiagnosticKind.values())
        .map(DiagnosticKind::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Compilation compile(RulesReference.Source source) {
    return javac()
        .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
        .withClasspath(classPath)
        .compile(JavaFileObjects.forSourceString(source.className(), source.text));
  }

  /**
   * The errors, warnings and Custody notes of the compilation as javac's command line prints
   * their first line: {@code Name.java:7: error: [custody:leak] ...}.
   */
  private static List<String> javacLines(Compilation compilation, RulesReference.Source source) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      String severity;
      switch (d.getKind()) {
        case ERROR:
          severity = "error";
          break;
        case WARNING:
        case MANDATORY_WARNING:
          severity = "warning";
          break;
        default:
          if (!message.startsWith("[custody:")) {
            continue; // javac's own notes (deprecation summaries and the like)
          }
          severity = "Note";
          break;
      }
      String file = d.getSource() == null ? "" : Paths.get(d.getSource().toUri().getPath()).getFileName() + ":";
      lines.add(file + d.getLineNumber() + ": " + severity + ": " + message);
    }
    return lines;
  }
}
