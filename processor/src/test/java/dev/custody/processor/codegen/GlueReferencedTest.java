package dev.custody.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.custody.processor.CustodyProcessor;
import dev.custody.processor.OwnershipAnnotationsClaimer;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code -Acustody.glue=referenced}: drop glue only for the classes whose own source file names
 * it; by default, and for any value but {@code referenced}, glue for every class with owned fields.
 */
class GlueReferencedTest {
  private static final JavaFileObject SOCKET = DropGlueEndToEndTest.SOCKET;

  /** Delegates to its glue. */
  private static final JavaFileObject CONNECTION =
      JavaFileObjects.forSourceString(
          "app.Connection",
          """
          package app;

          import java.io.IOException;
          import net.Socket;

          public final class Connection implements AutoCloseable {
            private final Socket control = Socket.connect();

            @Override
            public void close() throws IOException {
              Connection_DropGlue.drop(control);
            }
          }
          """);

  /**
   * Closes its field by hand; its member class delegates to its own glue, whose name contains
   * {@code Slot_DropGlue}, the name of a top-level {@code Slot}'s glue, not Pool's.
   */
  private static final JavaFileObject POOL =
      JavaFileObjects.forSourceString(
          "app.Pool",
          """
          package app;

          import java.io.IOException;
          import net.Socket;

          public final class Pool implements AutoCloseable {
            private final Socket spare = Socket.connect();

            @Override
            public void close() throws IOException {
              spare.close();
            }

            static final class Slot implements AutoCloseable {
              private final Socket socket = Socket.connect();

              @Override
              public void close() throws IOException {
                Pool_Slot_DropGlue.drop(socket);
              }
            }
          }
          """);

  /** Closes by hand; only a comment names its glue. */
  private static final JavaFileObject NOTED =
      JavaFileObjects.forSourceString(
          "app.Noted",
          """
          package app;

          import java.io.IOException;
          import net.Socket;

          final class Noted implements AutoCloseable {
            private final Socket socket = Socket.connect();

            // Could be Noted_DropGlue.drop(socket).
            @Override
            public void close() throws IOException {
              socket.close();
            }
          }
          """);

  /** Closes by hand; a Unicode escape elsewhere in the file. */
  private static final JavaFileObject ESCAPED =
      JavaFileObjects.forSourceString(
          "app.Escaped",
          """
          package app;

          import java.io.IOException;
          import net.Socket;

          final class Escaped implements AutoCloseable {
            static final String NAME = "caf\\u00e9";
            private final Socket socket = Socket.connect();

            @Override
            public void close() throws IOException {
              socket.close();
            }
          }
          """);

  /** Names Pool's glue from another file: only compiles when every class gets glue. */
  private static final JavaFileObject POOL_GLUE_CALLER =
      JavaFileObjects.forSourceString(
          "app.PoolGlueCaller",
          """
          package app;

          import java.io.IOException;
          import net.Socket;

          final class PoolGlueCaller {
            static void dropSpare(@dev.custody.Owned Socket spare) throws IOException {
              Pool_DropGlue.drop(spare);
            }
          }
          """);

  private static Compilation compile(String... options) {
    return compile(List.of(SOCKET, CONNECTION, POOL, NOTED, ESCAPED), options);
  }

  private static Compilation compile(List<JavaFileObject> sources, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror"));
    all.addAll(List.of(options));
    return Compiler.javac()
        .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
        .withOptions(all)
        .compile(sources);
  }

  private static boolean generated(Compilation compilation, String name) {
    return compilation.generatedSourceFile(name).isPresent();
  }

  @Test
  void byDefaultEveryClassWithOwnedFieldsGetsGlue() {
    Compilation compilation = compile();

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "app.Connection_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Pool_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Pool_Slot_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Noted_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Escaped_DropGlue")).isTrue();
  }

  @Test
  void allIsTheDefaultSpelledOut() {
    Compilation compilation = compile("-Acustody.glue=all");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "app.Pool_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Noted_DropGlue")).isTrue();
  }

  @Test
  void referencedGeneratesOnlyTheGlueTheClassesOwnFilesName() {
    Compilation compilation = compile("-Acustody.glue=referenced");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "app.Connection_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Pool_Slot_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Pool_DropGlue")).isFalse();
  }

  @Test
  void referencedErrsTowardsGenerating_aMentionInACommentOrAUnicodeEscapeCounts() {
    Compilation compilation = compile("-Acustody.glue=referenced");

    assertThat(generated(compilation, "app.Noted_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Escaped_DropGlue")).isTrue();
  }

  @Test
  void referencedReadsTheFileOfEachTopLevelClass_includingASecondOneInTheSameFile() {
    JavaFileObject pair =
        JavaFileObjects.forSourceString(
            "app.Pair",
            """
            package app;

            import java.io.IOException;
            import net.Socket;

            public final class Pair implements AutoCloseable {
              private final Socket left = Socket.connect();

              @Override
              public void close() throws IOException {
                left.close();
              }
            }

            final class Half implements AutoCloseable {
              private final Socket socket = Socket.connect();

              @Override
              public void close() throws IOException {
                Half_DropGlue.drop(socket);
              }

              static final class Part implements AutoCloseable {
                private final Socket socket = Socket.connect();

                @Override
                public void close() throws IOException {
                  socket.close();
                }
              }
            }
            """);

    Compilation compilation = compile(List.of(SOCKET, pair), "-Acustody.glue=referenced");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "app.Half_DropGlue")).isTrue();
    assertThat(generated(compilation, "app.Pair_DropGlue")).isFalse();
    assertThat(generated(compilation, "app.Half_Part_DropGlue")).isFalse();
  }

  @Test
  void referencedStillChecksEveryClass() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.glue=referenced", "-Acustody.warnings=true")
            .compile(
                SOCKET,
                JavaFileObjects.forSourceString(
                    "app.Forgetful",
                    """
                    package app;

                    import net.Socket;

                    final class Forgetful implements AutoCloseable {
                      private final Socket socket = Socket.connect();

                      @Override
                      public void close() {}
                    }
                    """));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[custody:field-not-dropped]");
    // The message names the call to write, after which the next build generates the glue.
    assertThat(compilation)
        .hadWarningContaining(
            "e.g. 'Forgetful_DropGlue.drop(socket);' (the generated drop glue) or 'try (a; b) {}'");
    assertThat(generated(compilation, "app.Forgetful_DropGlue")).isFalse();
  }

  @Test
  void aLocalClassGetsNoGlue_soItsMessageNamesNone() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CustodyProcessor(), new OwnershipAnnotationsClaimer())
            .withOptions("-Acustody.warnings=true")
            .compile(
                SOCKET,
                JavaFileObjects.forSourceString(
                    "app.Outer",
                    """
                    package app;

                    import net.Socket;

                    final class Outer {
                      static void run() {
                        final class Forgetful implements AutoCloseable {
                          private final Socket socket = Socket.connect();

                          @Override
                          public void close() {}
                        }
                        try (Forgetful f = new Forgetful()) {
                          f.hashCode();
                        }
                      }
                    }
                    """));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[custody:field-not-dropped]");
    assertThat(compilation)
        .hadWarningContaining("drop every owned field on every path, e.g. 'try (a; b) {}'");
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void glueNamedOnlyFromAnotherFileIsGeneratedByDefault_notUnderReferenced() {
    List<JavaFileObject> sources = List.of(SOCKET, POOL, POOL_GLUE_CALLER);

    assertThat(compile(sources)).succeededWithoutWarnings();
    Compilation referenced = compile(sources, "-Acustody.glue=referenced");
    assertThat(referenced).hadErrorCount(1);
    assertThat(referenced)
        .hadErrorContaining("cannot find symbol")
        .inFile(POOL_GLUE_CALLER)
        .onLine(8);
  }

  @Test
  void anUnknownValueIsAnErrorThatNamesBothValues_andEveryClassStillGetsGlue() {
    Compilation compilation =
        compile(List.of(SOCKET, POOL, POOL_GLUE_CALLER), "-Acustody.glue=used");

    // The one error is the option's: PoolGlueCaller compiles, so Pool_DropGlue was generated.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[custody] -Acustody.glue=used is not a known value; write -Acustody.glue=all");
    assertThat(compilation).hadErrorContaining("-Acustody.glue=referenced");
  }
}
