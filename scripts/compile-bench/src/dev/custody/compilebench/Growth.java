package dev.custody.compilebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the growth inputs: one class holding one big method, at scale 1, 2, 4, 8. All of them
 * are correct code (no diagnostic expected).
 *
 * <ul>
 *   <li>{@code mixed}: 1250 x scale statements, 25 x scale owners live across the whole method,
 *       a mix of uses, branches, borrows, try-with-resources, switches and loops that replace an
 *       owner, plus one nest 6 / 12 / 25 / 50 levels deep (if / for / while / try alternating) whose
 *       innermost statement replaces an owner declared outside the nest;
 *   <li>{@code loop-chain}: 125 x scale loops one after another, each replacing the same owner;
 *   <li>{@code nested-loops}: loops nested 6 / 12 / 25 / 50 deep, each level replacing an owner
 *       declared outside the whole nest (the fixpoint risk: every level changes outer state);
 *   <li>{@code nested-loops-local}: the same nest, but each level opens and closes its own owner
 *       (nothing outside the loops changes);
 *   <li>{@code pipeline}: a sliding window of 25 x scale owners shifted by one loop (close the last
 *       if non-null, move each one down, open a new first): a value reaches the last stage only in
 *       the iteration that equals the number of stages, the input where a fixpoint that moved
 *       "maybe holding" one stage per pass would need as many passes as stages (it takes 2:
 *       processor test FixpointTest);
 *   <li>{@code empty}: an empty method (scale 0): the fixed cost, subtracted from the others.
 * </ul>
 */
final class Growth {
  private Growth() {}

  static final String[] FAMILIES = {
    "mixed", "loop-chain", "nested-loops", "nested-loops-local", "pipeline"
  };

  static int depthFor(int scale) {
    return switch (scale) {
      case 1 -> 6;
      case 2 -> 12;
      case 4 -> 25;
      default -> Math.min(50, 6 * scale + 2);
    };
  }

  /** Writes the class for one family and scale under {@code root}; returns its statement count. */
  static int write(Path root, String family, int scale, int depthOverride) {
    Support.write(root);
    Body body = new Body();
    int depth = depthOverride > 0 ? depthOverride : depthFor(scale);
    switch (family) {
      case "mixed" -> mixed(body, scale, depth);
      case "loop-chain" -> loopChain(body, 125 * scale);
      case "nested-loops" -> nestedLoops(body, depth, true);
      case "nested-loops-local" -> nestedLoops(body, depth, false);
      case "pipeline" -> pipeline(body, 25 * scale);
      case "empty" -> {}
      default -> throw new IllegalArgumentException("unknown family " + family);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("package gen.growth;\n\n")
        .append("import dev.custody.Borrowed;\n")
        .append("import gen.support.Res;\n")
        .append("import gen.support.Sinks;\n\n")
        .append("/** Generated growth input: ")
        .append(family)
        .append(", scale ")
        .append(scale)
        .append(". */\n")
        .append("final class Big {\n")
        .append("  static int run(int n, boolean c, int k) {\n")
        .append("    int x = 0;\n")
        .append(body.text)
        .append("    return x;\n")
        .append("  }\n")
        .append("}\n");
    try {
      Path dir = root.resolve("gen/growth");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("Big.java"), sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return body.statements + 2;
  }

  /** A method body being written: text, indentation, and a count of statements. */
  private static final class Body {
    final StringBuilder text = new StringBuilder();
    int statements;
    int indent = 4;

    /** One line; {@code counts} statements it holds. */
    void line(String s, int counts) {
      text.append(" ".repeat(indent)).append(s).append('\n');
      statements += counts;
    }

    void open(String s) {
      line(s + " {", 1);
      indent += 2;
    }

    void close(String suffix) {
      indent -= 2;
      line("}" + suffix, 0);
    }
  }

  private static void mixed(Body b, int scale, int depth) {
    int owners = 25 * scale;
    int budget = 1250 * scale;
    for (int i = 0; i < owners; i++) {
      b.line("Res o" + i + " = Res.open();", 1);
    }
    b.line("Res deep = Res.open();", 1);
    // the nest first, so that the budget check below does not cut it
    nest(b, depth);
    int reserve = owners + 1;
    int segment = 0;
    while (b.statements + reserve + 12 < budget) {
      String o = "o" + (segment % owners);
      switch (segment % 8) {
        case 0 -> {
          b.line("x += " + o + ".read();", 1);
          b.line(o + ".use();", 1);
          b.line("Sinks.inspect(" + o + ");", 1);
        }
        case 1 -> {
          b.open("if (c && x > " + segment + ")");
          b.line(o + ".use();", 1);
          b.close(" else {");
          b.indent += 2;
          b.line("x += " + o + ".read();", 1);
          b.close("");
        }
        case 2 -> {
          b.open("for (int i = 0; i < n; i++)");
          b.line("Res t = " + o + ".fork();", 1);
          b.line(o + ".close();", 1);
          b.line(o + " = t;", 1);
          b.close("");
        }
        case 3 -> {
          b.open("");
          b.line("@Borrowed Res v = " + o + ".view();", 1);
          b.line("x += v.read();", 1);
          b.close("");
        }
        case 4 -> {
          b.open("try (Res t = " + o + ".fork())");
          b.line("t.use();", 1);
          b.line("x += t.read();", 1);
          b.close("");
        }
        case 5 -> {
          b.open("switch (k + " + segment + ")");
          b.line("case 1 -> " + o + ".use();", 1);
          b.line("case 2 -> x += " + o + ".read();", 1);
          b.line("default -> x++;", 1);
          b.close("");
        }
        case 6 -> {
          b.open("while (x < n)");
          b.open("if (" + o + ".read() > k)");
          b.line("break;", 1);
          b.close("");
          b.line("x++;", 1);
          b.close("");
        }
        default -> {
          b.line("Res f" + segment + " = " + o + ".fork();", 1);
          b.line("f" + segment + ".use();", 1);
          b.line("Sinks.consume(f" + segment + ");", 1);
        }
      }
      segment++;
    }
    b.line("deep.close();", 1);
    for (int i = owners - 1; i >= 0; i--) {
      b.line("o" + i + ".close();", 1);
    }
  }

  /** if / for / while / try nested {@code depth} deep; the innermost replaces {@code deep}. */
  private static void nest(Body b, int depth) {
    for (int d = 0; d < depth; d++) {
      switch (d % 4) {
        case 0 -> b.open("if (c || x > " + d + ")");
        case 1 -> b.open("for (int i" + d + " = 0; i" + d + " < n; i" + d + "++)");
        case 2 -> b.open("while (x < " + (d * 10) + " + n)");
        default -> b.open("try");
      }
      b.line("x += deep.read();", 1);
    }
    b.line("Res t = deep.fork();", 1);
    b.line("deep.close();", 1);
    b.line("deep = t;", 1);
    for (int d = depth - 1; d >= 0; d--) {
      if (d % 4 == 2) {
        b.line("x++;", 1);
      }
      if (d % 4 == 3) {
        b.close(" finally {");
        b.indent += 2;
        b.line("x--;", 1);
      }
      b.close("");
    }
  }

  private static void loopChain(Body b, int loops) {
    b.line("Res r = Res.open();", 1);
    for (int l = 0; l < loops; l++) {
      b.open("for (int i = 0; i < n + " + l + "; i++)");
      b.open("if (i == k)");
      b.line("continue;", 1);
      b.close("");
      b.line("Res t = r.fork();", 1);
      b.line("r.close();", 1);
      b.line("r = t;", 1);
      b.close("");
    }
    b.line("r.close();", 1);
  }

  private static void pipeline(Body b, int stages) {
    for (int i = 0; i < stages; i++) {
      b.line("Res s" + i + " = null;", 1);
    }
    b.open("for (int i = 0; i < n; i++)");
    int last = stages - 1;
    b.open("if (s" + last + " != null)");
    b.line("x += s" + last + ".read();", 1);
    b.line("s" + last + ".close();", 1);
    b.close("");
    for (int i = last; i > 0; i--) {
      b.line("s" + i + " = s" + (i - 1) + ";", 1);
    }
    b.line("s0 = Res.open();", 1);
    b.close("");
    for (int i = 0; i < stages; i++) {
      b.open("if (s" + i + " != null)");
      b.line("s" + i + ".close();", 1);
      b.close("");
    }
  }

  private static void nestedLoops(Body b, int depth, boolean outerOwner) {
    if (outerOwner) {
      b.line("Res r = Res.open();", 1);
    }
    for (int d = 0; d < depth; d++) {
      b.open("for (int i" + d + " = 0; i" + d + " < n; i" + d + "++)");
      if (outerOwner) {
        b.line("Res t" + d + " = r.fork();", 1);
        b.line("r.close();", 1);
        b.line("r = t" + d + ";", 1);
      } else {
        b.line("Res t" + d + " = Res.open();", 1);
        b.line("x += t" + d + ".read();", 1);
        b.line("t" + d + ".close();", 1);
      }
    }
    for (int d = depth - 1; d >= 0; d--) {
      b.close("");
    }
    if (outerOwner) {
      b.line("r.close();", 1);
    }
  }
}
