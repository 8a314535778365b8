package dev.custody.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Small sources shared by the processor's tests. */
public final class Samples {
  private Samples() {}

  /** A tracked resource type. */
  public static final String RESOURCE =
      String.join(
          "\n",
          "package sample;",
          "",
          "import dev.custody.Owned;",
          "",
          "@Owned",
          "public class Resource implements AutoCloseable {",
          "  public void use() {}",
          "",
          "  @Override",
          "  public void close() {}",
          "}",
          "");

  /** Correct code: every owner is dropped or moved exactly once. */
  public static final String CLEAN =
      String.join(
          "\n",
          "package sample;",
          "",
          "import dev.custody.Owned;",
          "",
          "public class Clean {",
          "  static void consume(@Owned Resource r) {",
          "    r.close();",
          "  }",
          "",
          "  void run() {",
          "    try (Resource r = new Resource()) {",
          "      r.use();",
          "    }",
          "    Resource moved = new Resource();",
          "    consume(moved);",
          "  }",
          "}",
          "");

  /** Line 13 uses {@code r} after it was moved on line 12: a use-after-move at column 5. */
  public static final String USE_AFTER_MOVE =
      String.join(
          "\n",
          "package sample;",
          "",
          "import dev.custody.Owned;",
          "",
          "public class Broken {",
          "  static void consume(@Owned Resource r) {",
          "    r.close();",
          "  }",
          "",
          "  void run() {",
          "    Resource r = new Resource();",
          "    consume(r);",
          "    r.use();",
          "  }",
          "}",
          "");

  public static final int USE_AFTER_MOVE_LINE = 13;

  public static JavaFileObject resource() {
    return JavaFileObjects.forSourceString("sample.Resource", RESOURCE);
  }

  public static JavaFileObject clean() {
    return JavaFileObjects.forSourceString("sample.Clean", CLEAN);
  }

  public static JavaFileObject useAfterMove() {
    return JavaFileObjects.forSourceString("sample.Broken", USE_AFTER_MOVE);
  }
}
