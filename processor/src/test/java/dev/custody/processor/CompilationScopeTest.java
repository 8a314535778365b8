package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a compilation checks: its own sources, and only when javac gets as far as analysis. */
class CompilationScopeTest {
  @TempDir Path temp;

  @Test
  void classesFromTheSourcePathAreNotChecked() throws Exception {
    // Broken is compiled too (javac needs it), but it is not one of this compilation's sources.
    Path sourcePath = Files.createDirectories(temp.resolve("sourcepath/sample"));
    Files.write(sourcePath.resolve("Broken.java"), Samples.USE_AFTER_MOVE.getBytes(StandardCharsets.UTF_8));
    Files.write(sourcePath.resolve("Resource.java"), Samples.RESOURCE.getBytes(StandardCharsets.UTF_8));
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-sourcepath", temp.resolve("sourcepath").toString(), "-implicit:class")
            .compile(
                JavaFileObjects.forSourceString(
                    "sample.User",
                    "package sample;\n"
                        + "class User {\n"
                        + "  void run() { new Broken().run(); }\n"
                        + "}\n"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
  }

  @Test
  void procOnlyStopsBeforeAnalysis() {
    Compilation compilation =
        javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-proc:only")
            .compile(Samples.resource(), Samples.useAfterMove());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(HostEnvironmentTest.custodyMessages(compilation)).isEmpty();
  }
}
