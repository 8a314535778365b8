package dev.custody.compilebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the ownership-dense tree: many classes, each made of every construct the checker
 * understands (one template per construct, patterned on the clean case files), all of it correct.
 * Compiled with Custody it must produce no diagnostic at all: the tree doubles as a large
 * false-positive test.
 *
 * <p>In a template {@code $M} becomes a unique method-name prefix, {@code $T} a unique nested type
 * name and {@code $K} a small number that varies from copy to copy.
 */
final class DenseTree {
  private DenseTree() {}

  /** Every construct, one template each. The name is for reports only. */
  static final List<String[]> TEMPLATES =
      List.of(
          t(
              "close at the end, borrowing calls before",
              """
                static int $M(String name) {
                  Res r = Res.open(name);
                  r.use();
                  Sinks.inspect(r);
                  Sinks.inspectBoth(r, r);
                  int n = r.read() + $K;
                  r.close();
                  return n;
                }
              """),
          t(
              "move to an @Owned parameter on one branch, close on the other",
              """
                static void $M(boolean flag) {
                  Res r = Res.open("$K");
                  r.use();
                  if (flag) {
                    Sinks.consume(r);
                  } else {
                    r.use();
                    r.close();
                  }
                }
              """),
          t(
              "own method taking ownership, move in a left operand",
              """
                static boolean $M_take(@Owned Res r) {
                  r.use();
                  r.close();
                  return true;
                }

                static void $M(boolean c) {
                  Res r = Res.open();
                  if ($M_take(r) && c) {
                    Sinks.log("taken $K");
                  }
                  Res s = Res.open();
                  boolean ok = c ? $M_take(s) : $M_take(s);
                  Sinks.log(ok);
                }
              """),
          t(
              "owned result returned, caller closes",
              """
                static Res $M_make(int k) {
                  Res r = Res.open();
                  if (k > $K) {
                    r.use();
                  }
                  return r;
                }

                static int $M(int k) {
                  Res r = $M_make(k);
                  int n = r.read();
                  r.close();
                  return n;
                }
              """),
          t(
              "try-with-resources, several resources, second forked from the first",
              """
                static int $M(String a) {
                  try (Res x = Res.open(a);
                      Res y = x.fork()) {
                    x.use();
                    y.use();
                    return x.read() + y.read() + $K;
                  }
                }
              """),
          t(
              "null-guarded close in finally",
              """
                static void $M(int v) throws IOException {
                  Res r = null;
                  try {
                    r = Res.openChecked();
                    r.write(v + $K);
                  } finally {
                    if (r != null) {
                      r.close();
                    }
                  }
                }
              """),
          t(
              "branch merge: moved into result on one branch, closed on the other",
              """
                static Res $M(boolean keep) {
                  Res r = Res.open();
                  Res result;
                  if (keep) {
                    result = r;
                  } else {
                    r.close();
                    result = null;
                  }
                  return result;
                }
              """),
          t(
              "nested loops with labeled break and continue",
              """
                static void $M(int n) {
                  outer:
                  for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n + $K; j++) {
                      Res r = Res.open();
                      if (i == j) {
                        r.close();
                        continue outer;
                      }
                      if (i > j + $K) {
                        r.close();
                        break outer;
                      }
                      if (r.read() > 0) {
                        r.close();
                        break;
                      }
                      if (r.read() < -1) {
                        r.close();
                        continue;
                      }
                      r.close();
                    }
                  }
                }
              """),
          t(
              "while (true) that moves once and leaves; do-while",
              """
                static void $M(int n) {
                  Res r = Res.open();
                  int i = 0;
                  while (true) {
                    r.use();
                    if (++i >= n) {
                      Sinks.consume(r);
                      break;
                    }
                  }
                  Res d = Res.open();
                  int k = 0;
                  do {
                    d.use();
                    k += $K;
                  } while (k < n);
                  d.close();
                }
              """),
          t(
              "loop-carried owner replaced every iteration, continue before the move",
              """
                static int $M(int n) {
                  Res cur = Res.open();
                  int sum = 0;
                  for (int i = 0; i < n; i++) {
                    if (i % 3 == $K % 3) {
                      continue;
                    }
                    Res next = cur.fork();
                    cur.close();
                    cur = next;
                    sum += cur.read();
                  }
                  cur.close();
                  return sum;
                }
              """),
          t(
              "enhanced for: each iteration opens and closes its own owner",
              """
                static int $M(String[] names) {
                  int sum = $K;
                  for (String name : names) {
                    Res r = Res.open(name);
                    sum += r.read();
                    r.close();
                  }
                  return sum;
                }
              """),
          t(
              "old switch with fall-through",
              """
                static void $M(int k) {
                  Res r = Res.open();
                  switch (k + $K) {
                    case 1:
                      r.use();
                    case 2:
                      r.close();
                      break;
                    case 3:
                      Sinks.consume(r);
                      break;
                    default:
                      r.close();
                  }
                }
              """),
          t(
              "arrow switch statement",
              """
                static void $M(int k) {
                  Res r = Res.open();
                  switch (k - $K) {
                    case 1, 2 -> r.close();
                    case 3 -> Sinks.consume(r);
                    default -> {
                      r.use();
                      r.close();
                    }
                  }
                }
              """),
          t(
              "switch expression yielding fresh and moved owners",
              """
                static void $M(int k) {
                  Res r =
                      switch (k) {
                        case $K:
                          yield Res.open("one");
                        default:
                          {
                            Res t = Res.open("other");
                            t.use();
                            yield t;
                          }
                      };
                  r.close();
                  Res s =
                      switch (k % 3) {
                        case 0 -> Res.open();
                        case 1 -> SubRes.openSub();
                        default -> {
                          Res u = Res.open("u");
                          yield u;
                        }
                      };
                  s.close();
                }
              """),
          t(
              "lambdas and method references used before the close",
              """
                static int $M(List<Integer> items) {
                  Res r = Res.open();
                  Runnable task = () -> r.use();
                  task.run();
                  items.forEach(i -> r.use());
                  IntSupplier reader = r::read;
                  int n = reader.getAsInt() + $K;
                  r.close();
                  return n;
                }
              """),
          t(
              "lambda returning an owned value; lambda body closing its own owner",
              """
                static void $M() {
                  Supplier<Res> make = () -> Res.open("lambda$K");
                  Res r = make.get();
                  r.close();
                  Runnable job =
                      () -> {
                        try (Res inner = Res.open()) {
                          inner.use();
                        }
                      };
                  job.run();
                }
              """),
          t(
              "@Borrowed locals: views and aliases end before the drop or move",
              """
                static void $M(int n) {
                  Res r = Res.open();
                  @Borrowed Res b = r.view();
                  b.use();
                  Sinks.inspect(b);
                  @Borrowed Res alias = r;
                  alias.use();
                  r.close();
                  for (int i = 0; i < n + $K; i++) {
                    Res a = Res.open();
                    @Borrowed Res v = a.view();
                    v.use();
                    a.close();
                  }
                  Res m = Res.open();
                  @Borrowed Res w = m;
                  w.use();
                  Sinks.consume(m);
                }
              """),
          t(
              "borrowed parameters passed along, borrowed result not owned",
              """
                static int $M_peek(Res r) {
                  Sinks.inspect(r);
                  return r.view().read() + $K;
                }

                static int $M() {
                  try (Res r = Res.open()) {
                    int n = $M_peek(r);
                    n += $M_peek(r.view());
                    return n;
                  }
                }
              """),
          t(
              "holder with owned fields: constructor moves an @Owned parameter in, close() drops both",
              """
                static final class $T implements AutoCloseable {
                  @Owned private Res inner;
                  @Owned private Plain extra;

                  $T(@Owned Res r) {
                    r.use();
                    this.inner = r;
                    this.extra = Plain.create();
                  }

                  void ping() {
                    inner.use();
                    extra.use();
                  }

                  @Override
                  public void close() {
                    try {
                      if (inner != null) {
                        inner.close();
                      }
                    } finally {
                      if (extra != null) {
                        extra.close();
                      }
                    }
                  }
                }

                static void $M() {
                  Res r = Res.open("$K");
                  try ($T h = new $T(r)) {
                    h.ping();
                  }
                }
              """),
          t(
              "lazily opened owned field closed null-safely",
              """
                static final class $T implements AutoCloseable {
                  private Res lazy;
                  private final Res eager = Res.open();

                  void start() {
                    if (lazy == null) {
                      lazy = Res.open();
                    }
                    lazy.use();
                    eager.use();
                  }

                  @Override
                  public void close() {
                    try {
                      if (lazy != null) {
                        lazy.close();
                      }
                    } finally {
                      if (eager != null) {
                        eager.close();
                      }
                    }
                  }
                }

                static void $M() {
                  try ($T h = new $T()) {
                    h.start();
                  }
                }
              """),
          t(
              "record with @Owned components: canonical constructor takes ownership",
              """
                record $T(@Owned Res left, @Owned Res right) implements AutoCloseable {
                  @Override
                  public void close() {
                    try {
                      if (left != null) {
                        left.close();
                      }
                    } finally {
                      if (right != null) {
                        right.close();
                      }
                    }
                  }
                }

                static int $M() {
                  Res a = Res.open();
                  Res b = Res.open("$K");
                  try ($T pair = new $T(a, b)) {
                    Sinks.inspect(pair.left());
                    return pair.left().read() + pair.right().view().read();
                  }
                }
              """),
          t(
              "try/catch/finally, catch that closes and rethrows, nested try-finally",
              """
                static void $M() throws IOException {
                  Res r = Res.open();
                  try {
                    r.write($K);
                    Sinks.mayFail();
                  } catch (IOException e) {
                    Sinks.log(e);
                  } finally {
                    r.close();
                  }
                  Res c = Res.open();
                  try {
                    c.write(7);
                  } catch (IOException e) {
                    c.close();
                    throw e;
                  }
                  c.close();
                  Res a = Res.open("a");
                  try {
                    Res b = Res.open("b");
                    try {
                      a.write(1);
                      b.write(2);
                    } finally {
                      b.close();
                    }
                  } finally {
                    a.close();
                  }
                }
              """),
          t(
              "conditional operators: ?: of owned values, && and || over reads",
              """
                static int $M(boolean c) {
                  Res r = c ? Res.open("left") : Res.open("right");
                  int n = (c && r.read() > $K) || r.read() < -1 ? r.read() : 0;
                  r.close();
                  return n;
                }
              """),
          t(
              "pattern instanceof, var, subtype",
              """
                static int $M(Object o) {
                  var r = Res.open();
                  SubRes s = SubRes.openSub();
                  s.use();
                  Sinks.consume(s);
                  if (o instanceof String str && !str.isEmpty()) {
                    r.close();
                    return str.length() + $K;
                  }
                  if (!(o instanceof Integer i)) {
                    r.close();
                    return 0;
                  }
                  r.close();
                  return i;
                }
              """),
          t(
              "reassignment after a drop and after a move",
              """
                static void $M() {
                  Res r = Res.open();
                  r.close();
                  r = Res.open("again$K");
                  r.use();
                  Sinks.consume(r);
                  r = Res.open();
                  r.close();
                }
              """),
          t(
              "try (existing) on a local and on an @Owned parameter",
              """
                static int $M_finish(@Owned Res r) {
                  try (r) {
                    return r.read() + $K;
                  }
                }

                static void $M() throws IOException {
                  Res r = Res.open();
                  try (r) {
                    r.write(2);
                  }
                  int n = $M_finish(Res.open());
                  Sinks.log(n);
                }
              """),
          t(
              "anonymous class and local class with owners of their own",
              """
                static Runnable $M_task() {
                  return new Runnable() {
                    @Override
                    public void run() {
                      try (Res r = Res.open()) {
                        r.use();
                      }
                    }
                  };
                }

                static void $M() {
                  class Factory {
                    Res make() {
                      Res r = Res.open("$K");
                      r.use();
                      return r;
                    }
                  }
                  Res r = new Factory().make();
                  r.close();
                  $M_task().run();
                }
              """),
          t(
              "@Owned untracked AutoCloseable local and @Owned method result",
              """
                @Owned
                static AutoCloseable $M_make() {
                  Res r = Res.open();
                  return r;
                }

                static void $M(boolean c) throws Exception {
                  @Owned Plain p = new Plain();
                  p.use();
                  if (c) {
                    p.close();
                  } else {
                    Sinks.consumePlain(p);
                  }
                  @Owned AutoCloseable a = $M_make();
                  a.close();
                  Plain untracked = Plain.create();
                  untracked.close();
                }
              """),
          t(
              "interface whose parameter is @Owned binds its implementations",
              """
                interface $T {
                  void accept(@Owned Res r);
                }

                static final class $TCloser implements $T {
                  @Override
                  public void accept(Res r) {
                    r.use();
                    r.close();
                  }
                }

                static void $M() {
                  Res r = Res.open("$K");
                  $T sink = new $TCloser();
                  sink.accept(r);
                }
              """),
          t(
              "checked exceptions handled inside the owner's scope",
              """
                static void $M() {
                  Res r = Res.open();
                  try {
                    Sinks.mayFail();
                    r.write($K);
                  } catch (IOException e) {
                    Sinks.log(e);
                  }
                  r.close();
                }
              """));

  private static String[] t(String what, String body) {
    return new String[] {what, body};
  }

  /** Writes {@code classes} generated classes plus the support types; returns the line count. */
  static long write(Path root, int classes) {
    return write(root, classes, -1);
  }

  /**
   * As {@link #write(Path, int)}, but with {@code only} at 0 or above every class repeats that one
   * template as many times as there are templates: the same number of bodies, far less of the
   * checker's code run. {@code run.sh curve dense --template K} compares what Custody's first
   * compilation costs over its later ones for one construct and for all of them.
   */
  static long write(Path root, int classes, int only) {
    Support.write(root);
    long lines = 0;
    try {
      for (int c = 0; c < classes; c++) {
        String pkg = "gen.dense.p" + (c / 20);
        String name = "Dense" + c;
        StringBuilder sb = new StringBuilder();
        sb.append("package ").append(pkg).append(";\n\n");
        sb.append(
            """
            import dev.custody.Borrowed;
            import dev.custody.Owned;
            import gen.support.Plain;
            import gen.support.Res;
            import gen.support.Sinks;
            import gen.support.SubRes;
            import java.io.IOException;
            import java.util.List;
            import java.util.function.IntSupplier;
            import java.util.function.Supplier;

            """);
        sb.append("/** Generated: every ownership construct, correct, so no diagnostic. */\n");
        sb.append("final class ").append(name).append(" {\n");
        for (int t = 0; t < TEMPLATES.size(); t++) {
          String[] template = TEMPLATES.get(only < 0 ? t : only);
          String text =
              template[1]
                  .replace("$M", "m" + t)
                  .replace("$T", "T" + t)
                  .replace("$K", Integer.toString((c * 7 + t) % 10 + 1));
          sb.append("  // ").append(template[0]).append('\n');
          sb.append(text).append('\n');
        }
        sb.append("}\n");
        Path dir = root.resolve(pkg.replace('.', '/'));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".java"), sb);
        lines += sb.chars().filter(ch -> ch == '\n').count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
