package dev.custody.processor.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Breaks a source file the way half-typed or badly merged code is broken: statements (lines, in
 * case files one statement each) deleted, duplicated or swapped, a file cut short, a few characters
 * lost. Deterministic for a given {@link Random}.
 */
final class Mutator {
  /** A mutated source and what was done to it, for reproducing a failure by hand. */
  static final class Mutant {
    final String source;
    final String description;

    Mutant(String source, String description) {
      this.source = source;
      this.description = description;
    }
  }

  private Mutator() {}

  static Mutant mutate(String source, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(source.split("\n", -1)));
    int operation = random.nextInt(6);
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    switch (operation) {
      case 0:
        String deleted = lines.remove(a);
        return new Mutant(join(lines), "deleted line " + (a + 1) + ": " + deleted.trim());
      case 1:
        lines.add(a, lines.get(a));
        return new Mutant(join(lines), "duplicated line " + (a + 1));
      case 2:
        int next = Math.min(a + 1, lines.size() - 1);
        swap(lines, a, next);
        return new Mutant(join(lines), "swapped lines " + (a + 1) + " and " + (next + 1));
      case 3:
        swap(lines, a, b);
        return new Mutant(join(lines), "swapped lines " + (a + 1) + " and " + (b + 1));
      case 4:
        int cut = random.nextInt(source.length() + 1);
        return new Mutant(source.substring(0, cut), "truncated after " + cut + " characters");
      default:
        int start = random.nextInt(source.length() + 1);
        int end = Math.min(source.length(), start + 1 + random.nextInt(20));
        return new Mutant(
            source.substring(0, start) + source.substring(end),
            "deleted characters " + start + ".." + end + ": '" + source.substring(start, end) + "'");
    }
  }

  private static void swap(List<String> lines, int i, int j) {
    String line = lines.get(i);
    lines.set(i, lines.get(j));
    lines.set(j, line);
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines);
  }
}
