package dev.custody.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.Owned;
import dev.custody.processor.diagnostics.DiagnosticKind;
import dev.custody.processor.diagnostics.Reporter;
import dev.custody.processor.testing.ClassLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No input makes a loop's fixpoint take more than a few passes: the inputs where "maybe holding"
 * or "maybe moved" can travel only one step per pass are the ones that would show it.
 */
class FixpointTest {
  private static final String RES =
      "package fix;\n"
          + "@dev.custody.Owned\n"
          + "public final class Res implements AutoCloseable {\n"
          + "  public static Res open() { return new Res(); }\n"
          + "  public Res fork() { return new Res(); }\n"
          + "  public int read() { return 0; }\n"
          + "  @Override public void close() {}\n"
          + "}\n";

  /** A window of owners shifted down by one every iteration: one stage per pass, naively. */
  private static String pipeline(int stages) {
    return pipeline(stages, stages);
  }

  /** The same, closing only the first {@code closed} stages after the loop. */
  private static String pipeline(int stages, int closed) {
    StringBuilder b = new StringBuilder("  int pipeline(int n) {\n    int x = 0;\n");
    for (int i = 0; i < stages; i++) {
      b.append("    Res s").append(i).append(" = null;\n");
    }
    int last = stages - 1;
    b.append("    for (int i = 0; i < n; i++) {\n");
    b.append("      if (s").append(last).append(" != null) { x += s").append(last)
        .append(".read(); s").append(last).append(".close(); }\n");
    for (int i = last; i > 0; i--) {
      b.append("      s").append(i).append(" = s").append(i - 1).append(";\n");
    }
    b.append("      s0 = Res.open();\n    }\n");
    for (int i = 0; i < closed; i++) {
      b.append("    if (s").append(i).append(" != null) { s").append(i).append(".close(); }\n");
    }
    return b.append("    return x;\n  }\n").toString();
  }

  /** Loops nested {@code depth} deep, every level replacing an owner declared outside the nest. */
  private static String nest(int depth) {
    StringBuilder b = new StringBuilder("  int nest(int n) {\n    int x = 0;\n    Res r = Res.open();\n");
    for (int d = 0; d < depth; d++) {
      b.append("    for (int i").append(d).append(" = 0; i").append(d).append(" < n; i").append(d)
          .append("++) {\n      Res t").append(d).append(" = r.fork();\n      r.close();\n      r = t")
          .append(d).append(";\n      x += r.read();\n");
    }
    b.append("    }".repeat(depth)).append("\n    r.close();\n    return x;\n  }\n");
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 30, 120})
  void aPipelineConvergesInAFewPasses(int stages) {
    assertCleanInAFewPasses(
        check("class Pipeline {\n" + pipeline(stages) + "}\n"), stages + " stages");
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 30, 120})
  void whatReachesTheLastStageOnlyAfterManyIterationsIsStillSeen(int stages) {
    // Only the iteration number 'stages' moves a value into the last stage: the analysis must
    // know that it may hold one after the loop, however few passes it took.
    Outcome outcome = check("class Pipeline {\n" + pipeline(stages, stages - 1) + "}\n");

    assertEquals(1, outcome.findings.size(), () -> outcome.findings.toString());
    assertTrue(
        outcome.findings.get(0).startsWith("leak: 's" + (stages - 1) + "'"),
        () -> outcome.findings.toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {6, 50})
  void aDeepNestConvergesInAFewPassesPerLoop(int depth) {
    assertCleanInAFewPasses(check("class Nest {\n" + nest(depth) + "}\n"), depth + " levels");
  }

  private static void assertCleanInAFewPasses(Outcome outcome, String input) {
    assertEquals(List.of(), outcome.findings, input + ": the program is correct");
    assertTrue(
        outcome.longestFixpoint <= 3,
        input + " took " + outcome.longestFixpoint + " passes of one loop");
  }

  private record Outcome(int longestFixpoint, List<String> findings) {}

  private static Outcome check(String body) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> findings = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      Path dir = Files.createTempDirectory("fixpoint");
      Path res = Files.writeString(Files.createDirectories(dir.resolve("fix")).resolve("Res.java"), RES);
      Path subject = Files.writeString(dir.resolve("fix/Subject.java"), "package fix;\n" + body);
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null,
                  files,
                  diagnostics,
                  // The annotations only: the test class path also holds Custody's plug-in.
                  List.of("-proc:none", "-d", dir.toString(),
                      "-classpath", ClassLocations.of(Owned.class).toString()),
                  null,
                  files.getJavaFileObjects(res, subject));
      Trees trees = Trees.instance(task);
      // Made at the first class: asking javac for types before call() would parse the files twice.
      OwnershipChecker[] checker = new OwnershipChecker[1];
      task.addTaskListener(
          new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
              if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null) {
                if (checker[0] == null) {
                  checker[0] = new OwnershipChecker(trees, task.getElements(), task.getTypes());
                }
                checker[0].check(
                    trees.getPath(e.getTypeElement()), new Collecting(findings), () -> false);
              }
            }
          });
      assertTrue(task.call(), () -> "javac failed: " + diagnostics.getDiagnostics());
      return new Outcome(checker[0].longestFixpoint(), findings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Collecting(List<String> findings) implements Reporter {
    @Override
    public void report(DiagnosticKind kind, TreePath at, Element subject, String message) {
      findings.add(kind.id() + ": " + message);
    }

    @Override
    public void note(DiagnosticKind kind, TreePath at, Element subject, String message) {}

    @Override
    public void internalError(TreePath at, String what, Throwable failure) {
      findings.add("internal error in " + what + ": " + failure);
    }
  }
}
