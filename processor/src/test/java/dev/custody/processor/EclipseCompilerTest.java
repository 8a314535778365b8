package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.custody.processor.testing.Samples;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (also behind VS Code's Java support) runs annotation processors but has no
 * javac API: Custody must say once that it is not checking, and otherwise stay out of the way.
 */
class EclipseCompilerTest {
  @TempDir Path temp;

  @Test
  void oneNoteAndTheCompilationSucceeds() throws IOException {
    Result result = compileWithEcj(List.of());

    assertWithMessage("ECJ output:%n%s", result.output).that(result.success).isTrue();
    assertThat(result.messages(Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(result.custodyMessages())
        .containsExactly(
            "NOTE [custody] ownership checks are disabled: the annotation processing environment"
                + " (org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl) is not"
                + " javac's and holds no javac environment Custody can find. Custody checks code"
                + " only when compiled by javac (JDK 17 or later).");
    assertThat(Files.exists(temp.resolve("out/sample/Broken.class"))).isTrue();
  }

  @Test
  void requireJavacTurnsTheNoteIntoAnError() throws IOException {
    Result result = compileWithEcj(List.of("-A" + CustodyOptions.REQUIRE_JAVAC + "=true"));

    assertThat(result.success).isFalse();
    assertThat(result.custodyMessages()).hasSize(1);
    assertThat(result.custodyMessages().get(0)).startsWith("ERROR [custody] ownership checks are disabled");
  }

  @Test
  void disableSilencesTheNote() throws IOException {
    Result result = compileWithEcj(List.of("-A" + CustodyOptions.DISABLE + "=true"));

    assertThat(result.success).isTrue();
    assertThat(result.custodyMessages()).isEmpty();
  }

  @Test
  void glueReferencedCannotTellWithoutJavacsTrees_soEveryClassGetsGlue() throws IOException {
    Result result = compileWithEcj(List.of("-A" + CustodyOptions.GLUE + "=referenced"));

    assertWithMessage("ECJ output:%n%s", result.output).that(result.success).isTrue();
    // Holder closes its field by hand and never names its glue; javac would generate none.
    assertThat(Files.exists(temp.resolve("generated/sample/Holder_DropGlue.java"))).isTrue();
    assertThat(Files.exists(temp.resolve("out/sample/Holder_DropGlue.class"))).isTrue();
  }

  private Result compileWithEcj(List<String> extraOptions) throws IOException {
    Path sources = Files.createDirectories(temp.resolve("src/sample"));
    Files.write(sources.resolve("Resource.java"), Samples.RESOURCE.getBytes(StandardCharsets.UTF_8));
    Files.write(
        sources.resolve("Broken.java"), Samples.USE_AFTER_MOVE.getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        sources.resolve("Holder.java"),
        String.join(
            "\n",
            "package sample;",
            "",
            "final class Holder implements AutoCloseable {",
            "  private final Resource resource = new Resource();",
            "",
            "  @Override",
            "  public void close() {",
            "    resource.close();",
            "  }",
            "}",
            ""));
    Path out = Files.createDirectories(temp.resolve("out"));

    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files =
        ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>();
      options.addAll(
          List.of(
              "--release", "17",
              "-d", out.toString(),
              "-s", Files.createDirectories(temp.resolve("generated")).toString(),
              "-classpath", System.getProperty("java.class.path")));
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task =
          ecj.getTask(
              output,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(
                  sources.resolve("Resource.java").toFile(),
                  sources.resolve("Broken.java").toFile(),
                  sources.resolve("Holder.java").toFile()));
      task.setProcessors(List.of(new CustodyProcessor(), new OwnershipAnnotationsClaimer()));
      boolean success = task.call();
      return new Result(success, diagnostics.getDiagnostics(), output.toString());
    }
  }

  private static final class Result {
    final boolean success;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    final String output;

    Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
      this.success = success;
      this.diagnostics = diagnostics;
      this.output = output;
    }

    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
    }

    List<String> custodyMessages() {
      return diagnostics.stream()
          .filter(d -> d.getMessage(Locale.ROOT).contains("[custody"))
          .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
    }
  }
}
