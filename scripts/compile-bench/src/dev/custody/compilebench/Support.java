package dev.custody.compilebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The support types the generated sources use (a copy of the case files' {@code support} package
 * under another package name): a tracked resource, a subtype of it, an untracked AutoCloseable and
 * methods that take ownership or borrow.
 */
final class Support {
  private Support() {}

  static final String PACKAGE = "gen.support";

  private static final Map<String, String> FILES =
      Map.of(
          "Res",
          """
          package gen.support;

          import dev.custody.Borrowed;
          import dev.custody.Owned;

          /** A tracked resource: every local of this type is an owner. */
          @Owned
          public class Res implements AutoCloseable {
            private int value;

            public static Res open() {
              return new Res();
            }

            public static Res open(String name) {
              Res r = new Res();
              r.value = name.length();
              return r;
            }

            public static Res openChecked() throws java.io.IOException {
              return new Res();
            }

            public void use() {
              value++;
            }

            public int read() {
              return value;
            }

            public void write(int v) throws java.io.IOException {
              value = v;
            }

            @Borrowed
            public Res view() {
              return this;
            }

            public Res fork() {
              Res r = new Res();
              r.value = value;
              return r;
            }

            @Override
            public void close() {
              value = -1;
            }
          }
          """,
          "SubRes",
          """
          package gen.support;

          /** A subtype of a tracked type is tracked too. */
          public class SubRes extends Res {
            public static SubRes openSub() {
              return new SubRes();
            }
          }
          """,
          "Plain",
          """
          package gen.support;

          /** An untracked AutoCloseable: an owner only where a declaration says @Owned. */
          public class Plain implements AutoCloseable {
            public static Plain create() {
              return new Plain();
            }

            public void use() {}

            @Override
            public void close() {}
          }
          """,
          "Sinks",
          """
          package gen.support;

          import dev.custody.Owned;

          /** Methods that take ownership of, or borrow, their arguments. */
          public final class Sinks {
            private Sinks() {}

            public static void consume(@Owned Res r) {
              r.close();
            }

            public static void consumeBoth(@Owned Res a, @Owned Res b) {
              try (a; b) {
                a.use();
              }
            }

            public static void inspect(Res r) {
              r.use();
            }

            public static void inspectBoth(Res a, Res b) {
              a.use();
              b.use();
            }

            public static void consumePlain(@Owned Plain p) {
              p.close();
            }

            public static void mayFail() throws java.io.IOException {}

            public static void log(Object o) {}
          }
          """);

  /** Writes the support types under {@code root} (a source root). */
  static void write(Path root) {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : FILES.entrySet()) {
        Files.writeString(dir.resolve(e.getKey() + ".java"), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
