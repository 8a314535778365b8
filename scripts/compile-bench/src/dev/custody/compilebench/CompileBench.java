package dev.custody.compilebench;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.custody.compilebench.Javac.Config;
import dev.custody.compilebench.Javac.Result;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Compile-time benchmark of the Custody processor. See {@code docs/PERFORMANCE.md} and {@code
 * scripts/compile-bench/run.sh}.
 *
 * <pre>
 * CompileBench smoke|lang3|dense|growth [--jar custody-processor.jar] [--annotations jar]
 *     [--lang3 sources.jar] [--work dir] [--rounds n] [--warmup n] [--classes n]
 * </pre>
 *
 * Exit status 0 when every measurement ran and no check failed (zero diagnostics on the dense
 * tree and the growth inputs, no compilation error anywhere); targets missed are reported but do
 * not fail the run unless {@code --strict} is given.
 */
public final class CompileBench {
  private final Map<String, String> opts;
  private final Path work;
  private final String jar;
  private final Path annotations;
  private final int rounds;
  private final int warmup;
  private final boolean strict;
  private final List<String> summary = new ArrayList<>();
  private boolean failed;
  private boolean missed;

  private CompileBench(Map<String, String> opts) {
    this.opts = opts;
    this.work = Path.of(opts.getOrDefault("work", "/tmp/custody-compile-bench"));
    this.jar = required(opts, "jar");
    this.annotations = Path.of(required(opts, "annotations"));
    this.rounds = Integer.parseInt(opts.getOrDefault("rounds", "7"));
    this.warmup = Integer.parseInt(opts.getOrDefault("warmup", "3"));
    this.strict = opts.containsKey("strict");
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: CompileBench smoke|lang3|dense|growth|growth-one [--option value]...");
      System.exit(2);
    }
    Map<String, String> opts = new HashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String key = args[i].substring(2);
        if (key.equals("strict")) {
          opts.put(key, "true");
        } else {
          opts.put(key, args[++i]);
        }
      } else {
        positional.add(args[i]);
      }
    }
    CompileBench bench = new CompileBench(opts);
    String mode = positional.get(0);
    bench.header();
    switch (mode) {
      case "smoke" -> bench.smoke();
      case "lang3" -> bench.lang3();
      case "dense" -> bench.dense();
      case "growth" -> bench.growth();
      case "growth-one" -> bench.growthOne(positional.get(1), Integer.parseInt(positional.get(2)));
      case "compile-once" ->
          bench.compileOnce(positional.get(1), positional.get(2), positional.get(3));
      case "warm-loop" -> bench.warmLoop(positional.get(1));
      case "events" -> bench.events(positional.get(1));
      case "curve" -> bench.curve(positional.get(1));
      case "paired" -> bench.paired(positional.get(1));
      case "steady" -> bench.steady(positional.get(1), positional.get(2));
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
    if (!mode.equals("growth-one")
        && !mode.equals("compile-once")
        && !mode.equals("steady")
        && !mode.equals("warm-loop")) {
      bench.printSummary();
    }
    System.exit(bench.failed ? 1 : bench.missed && bench.strict ? 3 : 0);
  }

  private static String required(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) {
      throw new IllegalArgumentException("--" + key + " is required");
    }
    return v;
  }

  private void header() {
    System.out.printf(
        "# machine: %d cores (%s), %s %s, heap max %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("# processor: %s%n", jar);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    return "unknown CPU";
  }

  // ------------------------------------------------------------------ modes

  /**
   * Proves that the checker is really running in this setup: a canary with one leak must give
   * exactly one {@code [custody:leak]} error (otherwise "zero diagnostics" would prove nothing).
   */
  private void canary() {
    Path src = work.resolve("canary-src");
    Javac.deleteTree(src);
    Support.write(src);
    try {
      Path dir = src.resolve("gen/canary");
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve("Canary.java"),
          """
          package gen.canary;

          import gen.support.Res;

          final class Canary {
            static void leak() {
              Res r = Res.open();
              r.use();
            }
          }
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Javac javac = new Javac(jar);
    for (Config config : new Config[] {Config.ON, Config.ON_REFERENCED, Config.WARM, Config.PLUGIN}) {
      Result r = javac.compile(config, Javac.javaFiles(src), classPath(), work.resolve("out-canary"));
      if (r.custodyMessages().size() != 1 || !r.custodyMessages().get(0).contains("[custody:leak]")) {
        failed = true;
        System.out.println(
            "FAILED: canary (" + config + "): expected one [custody:leak], got " + r.custodyMessages()
                + " " + r.otherErrors());
        printSummary();
        System.exit(1);
      }
    }
    System.out.println(
        "# canary: Custody reports the planted leak (ON, ON_REFERENCED, WARM and PLUGIN"
            + " configurations)");
  }

  /** One compilation of the dense tree with Custody: it must report nothing. Fast enough for CI. */
  private void smoke() {
    canary();
    Path src = work.resolve("dense-src");
    Javac.deleteTree(src);
    long lines = DenseTree.write(src, classes());
    List<Path> files = Javac.javaFiles(src);
    Javac javac = new Javac(jar);
    for (Config config : new Config[] {Config.ON, Config.PLUGIN}) {
      Result r = javac.compile(config, files, classPath(), work.resolve("out-smoke"));
      check("dense tree (" + files.size() + " files, " + lines + " lines, " + config + ")", r, true);
      summary.add(
          String.format(
              Locale.ROOT,
              "smoke: dense tree %d files, %d lines compiled once with Custody (%s): %d"
                  + " diagnostics, %.2f s CPU",
              files.size(),
              lines,
              config,
              r.custodyMessages().size(),
              r.threadCpu() / 1e9));
    }
  }

  private void lang3() throws IOException {
    Path src = work.resolve("lang3-src");
    Path sourcesJar = Path.of(required(opts, "lang3"));
    Javac.deleteTree(src);
    unzip(sourcesJar, src);
    List<Path> files = Javac.javaFiles(src);
    long lines = countLines(files);
    String label = "commons-lang3 3.17.0 (" + files.size() + " files, " + lines + " lines)";
    compareSteady(label, files, List.of(), false, 1.02);
    compareForked(label, files, List.of(), false, 1.02);
  }

  private void dense() throws IOException {
    canary();
    Path src = work.resolve("dense-src");
    Javac.deleteTree(src);
    long lines = DenseTree.write(src, classes());
    List<Path> files = Javac.javaFiles(src);
    String label =
        "dense tree (" + files.size() + " files, " + lines + " lines, "
            + DenseTree.TEMPLATES.size() + " constructs per class)";
    compareSteady(label, files, classPath(), true, 1.10);
    compareForked(label, files, classPath(), true, 1.10);
  }

  private int classes() {
    return Integer.parseInt(opts.getOrDefault("classes", "60"));
  }

  /**
   * The one template {@code --template} asks warm-loop, curve and paired to repeat in every class
   * of the dense tree; -1 (the default) for all of them.
   */
  private int template(String what) {
    int template = Integer.parseInt(opts.getOrDefault("template", "-1"));
    if (template < -1 || template >= DenseTree.TEMPLATES.size()) {
      throw new IllegalArgumentException(
          "--template " + template + ": the dense tree has templates 0-" + (DenseTree.TEMPLATES.size() - 1));
    }
    if (template >= 0 && !what.equals("dense")) {
      throw new IllegalArgumentException("--template applies to the dense tree only");
    }
    return template;
  }

  private List<String> classPath() {
    return List.of("-classpath", annotations.toString());
  }

  /**
   * The steady state: one JVM per configuration, warmed up, then the median of several
   * compilations; the JVMs of the configurations are started alternately ({@code --pairs} times,
   * the order reversed every time) and the ratio to OFF is taken per pair, then the median over
   * pairs. One JVM per configuration, because in one shared JVM the configurations disturb each
   * other: a fresh processor class loader for every ON compilation makes the JIT recompile javac's
   * own tree scanners, which then slows (or, on other inputs, speeds up) the OFF compilations
   * next to it. {@code --method interleaved} selects the shared-JVM comparison instead.
   */
  private void compareSteady(
      String label, List<Path> files, List<String> options, boolean zeroDiagnostics, double target)
      throws IOException {
    if (opts.getOrDefault("method", "isolated").equals("interleaved")) {
      compare(label, files, options, zeroDiagnostics, target);
      return;
    }
    int pairs = Integer.parseInt(opts.getOrDefault("pairs", "3"));
    if (pairs <= 0) {
      return; // --pairs 0 skips it (e.g. to measure only in fresh JVMs)
    }
    Path list = work.resolve("steady-sources.txt");
    Files.write(list, files.stream().map(Path::toString).toList());
    Files.write(work.resolve("steady-options.txt"), options);
    Config[] order =
        Arrays.stream(opts.getOrDefault("configs", "OFF,ON,WARM,NOOP,PLUGIN").split(","))
            .map(Config::valueOf)
            .toArray(Config[]::new);
    Map<Config, List<double[]>> results = new HashMap<>();
    System.out.printf(
        "%n## %s%n# steady state: one JVM per configuration, %d warm-up + %d measured compilations"
            + " each (median), %d alternating pairs%n",
        label,
        warmup,
        rounds,
        pairs);
    for (int pair = 0; pair < pairs; pair++) {
      List<Config> configs = new ArrayList<>(Arrays.asList(order));
      if (pair % 2 == 1) {
        java.util.Collections.reverse(configs);
      }
      StringBuilder line = new StringBuilder("pair " + pair);
      for (Config config : configs) {
        double[] r = steadyChild(config, zeroDiagnostics);
        results.computeIfAbsent(config, k -> new ArrayList<>()).add(r);
        line.append(String.format(Locale.ROOT, "  %s %.3fs", config, r[0]));
      }
      System.out.println(line);
    }
    List<double[]> off = results.get(Config.OFF);
    double offMedian = median(off.stream().mapToDouble(r -> r[0]).toArray());
    System.out.printf(
        "%-11s %12s %12s %14s %12s %12s%n",
        "", "thread CPU", "process CPU", "custody CPU", "ratio(thr)", "ratio(proc)");
    for (Config config : order) {
      List<double[]> rs = results.get(config);
      double[] thr = new double[rs.size()];
      double[] proc = new double[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        thr[i] = rs.get(i)[0] / off.get(i)[0];
        proc[i] = rs.get(i)[1] / off.get(i)[1];
      }
      double custody = median(rs.stream().mapToDouble(r -> r[2]).toArray());
      System.out.printf(
          Locale.ROOT,
          "%-11s %11.3fs %11.3fs %14s %12.4f %12.4f   ratio(thr) per pair %s%n",
          config,
          median(rs.stream().mapToDouble(r -> r[0]).toArray()),
          median(rs.stream().mapToDouble(r -> r[1]).toArray()),
          config.isTimed() ? String.format(Locale.ROOT, "%.3fs", custody) : "-",
          median(thr),
          median(proc),
          Arrays.toString(
              Arrays.stream(thr).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toArray()));
      String head = String.format(Locale.ROOT, "%s, steady state: %s/OFF ", label, config);
      if (config.isJudged()) {
        boolean ok = median(thr) <= target;
        missed |= !ok;
        summary.add(
            String.format(
                Locale.ROOT,
                "%smedian ratio %.4f (thread CPU), %.4f (process CPU); target <= %.2f: %s [%d pairs"
                    + " x %d compilations, OFF median %.3f s]",
                head,
                median(thr),
                median(proc),
                target,
                ok ? "met" : "MISSED",
                pairs,
                rounds,
                offMedian));
      } else if (config.isTimed()) {
        summary.add(
            String.format(
                Locale.ROOT,
                "%s%.4f (thread CPU); Custody's own CPU (init+process+listener) %.3f s = %.2f%% of"
                    + " OFF",
                head,
                median(thr),
                custody,
                100 * custody / offMedian));
      } else if (config == Config.NOOP) {
        summary.add(
            String.format(
                Locale.ROOT,
                "%s%.4f (thread CPU): annotation processing switched on, no checker",
                head,
                median(thr)));
      }
    }
  }

  /**
   * The command of a child JVM (the harness's heap and GC settings) that runs {@code mode} with
   * these positional arguments and this run's options, {@code overrides} replacing some of them.
   */
  private List<String> childCommand(
      String mode, List<String> positional, Map<String, String> overrides) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xms2g", "-Xmx2g", "-XX:+UseSerialGC", "-Xss16m", "-cp"));
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(CompileBench.class.getName());
    cmd.add(mode);
    cmd.addAll(positional);
    Map<String, String> options = new HashMap<>(opts);
    options.putAll(overrides);
    for (Map.Entry<String, String> e : options.entrySet()) {
      cmd.add("--" + e.getKey());
      if (!e.getKey().equals("strict")) {
        cmd.add(e.getValue());
      }
    }
    return cmd;
  }

  /** A child JVM that ran to its end: what it printed (standard error included), its exit status. */
  private record ChildRun(String output, int exitStatus) {}

  private static ChildRun runChild(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new ChildRun(out, p.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Starts a JVM that runs {@link #steady}; returns {thread, process, custody} medians (s). */
  private double[] steadyChild(Config config, boolean zeroDiagnostics) throws IOException {
    String out =
        runChild(
                childCommand(
                    "steady", List.of(config.name(), Boolean.toString(zeroDiagnostics)), Map.of()))
            .output();
    for (String l : out.split("\n")) {
      if (l.startsWith("RESULT ")) {
        String[] f = l.substring(7).trim().split(" ");
        return new double[] {
          Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])
        };
      }
    }
    System.out.println(out);
    failed = true;
    printSummary();
    System.exit(1);
    return null;
  }

  /** In a child JVM: one configuration, warm-up then measured compilations; prints medians. */
  private void steady(String configName, String zeroDiagnostics) throws IOException {
    Config config = Config.valueOf(configName);
    List<Path> files =
        Files.readAllLines(work.resolve("steady-sources.txt")).stream().map(Path::of).toList();
    List<String> options = Files.readAllLines(work.resolve("steady-options.txt"));
    Javac javac = new Javac(jar);
    List<Result> rs = new ArrayList<>();
    for (int i = -warmup; i < rounds; i++) {
      System.gc();
      Result r = javac.compile(config, files, options, work.resolve("out-" + config));
      check("steady " + config, r, Boolean.parseBoolean(zeroDiagnostics));
      if (i >= 0) {
        rs.add(r);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT %.6f %.6f %.6f%n",
        median(rs.stream().mapToDouble(r -> r.threadCpu() / 1e9).toArray()),
        median(rs.stream().mapToDouble(r -> r.processCpu() / 1e9).toArray()),
        median(rs.stream().mapToDouble(r -> r.custodyCpu() / 1e9).toArray()));
    System.exit(failed ? 1 : 0);
  }

  /**
   * Compiles {@code files} OFF / ON / WARM / NOOP in this one JVM, alternating the order every round, and reports
   * medians and the median of the per-round ratios ON/OFF (the target), WARM/OFF and NOOP/OFF.
   */
  private void compare(
      String label, List<Path> files, List<String> options, boolean zeroDiagnostics, double target) {
    Javac javac = new Javac(jar);
    Config[] order =
        Arrays.stream(opts.getOrDefault("configs", "OFF,ON,WARM,NOOP,PLUGIN").split(","))
            .map(Config::valueOf)
            .toArray(Config[]::new);
    if (order[0] != Config.OFF) {
      throw new IllegalArgumentException("--configs must start with OFF (the baseline)");
    }
    Map<Config, List<Result>> results = new HashMap<>();
    System.out.printf("%n## %s%n", label);
    for (int round = -warmup; round < rounds; round++) {
      List<Config> configs = new ArrayList<>(Arrays.asList(order));
      if (Math.floorMod(round, 2) == 1) {
        java.util.Collections.reverse(configs);
      }
      StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + round);
      for (Config config : configs) {
        System.gc();
        Result r = javac.compile(config, files, options, work.resolve("out-" + config));
        check(label + " " + config, r, zeroDiagnostics);
        if (round >= 0) {
          results.computeIfAbsent(config, k -> new ArrayList<>()).add(r);
        }
        line.append(String.format(Locale.ROOT, "  %s %.2fs", config, r.threadCpu() / 1e9));
      }
      System.out.println(line);
    }
    List<Result> off = results.get(Config.OFF);
    System.out.printf(
        "%-11s %12s %12s %10s %14s %12s %12s%n",
        "", "thread CPU", "process CPU", "wall", "custody CPU", "ratio(thr)", "ratio(proc)");
    for (Config config : order) {
      List<Result> rs = results.get(config);
      double[] thr = new double[rs.size()];
      double[] proc = new double[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        thr[i] = (double) rs.get(i).threadCpu() / off.get(i).threadCpu();
        proc[i] = (double) rs.get(i).processCpu() / off.get(i).processCpu();
      }
      double ratioThr = median(thr);
      double ratioProc = median(proc);
      double custody = median(rs.stream().mapToDouble(r -> r.custodyCpu() / 1e9).toArray());
      System.out.printf(
          Locale.ROOT,
          "%-11s %11.3fs %11.3fs %9.3fs %14s %12.4f %12.4f   ratio(thr) min..max %.4f..%.4f%n",
          config,
          median(rs.stream().mapToDouble(r -> r.threadCpu() / 1e9).toArray()),
          median(rs.stream().mapToDouble(r -> r.processCpu() / 1e9).toArray()),
          median(rs.stream().mapToDouble(r -> r.wall() / 1e9).toArray()),
          config.isTimed() ? String.format(Locale.ROOT, "%.3fs", custody) : "-",
          ratioThr,
          ratioProc,
          Arrays.stream(thr).min().orElse(0),
          Arrays.stream(thr).max().orElse(0));
      if (config.isJudged()) {
        boolean ok = ratioThr <= target;
        if (!ok) {
          missed = true;
        }
        summary.add(
            String.format(
                Locale.ROOT,
                "%s: %s/OFF median ratio %.4f (thread CPU), %.4f (process CPU); target <= %.2f: %s"
                    + " [%d rounds, OFF median %.2f s]",
                label,
                config,
                ratioThr,
                ratioProc,
                target,
                ok ? "met" : "MISSED",
                rs.size(),
                median(off.stream().mapToDouble(r -> r.threadCpu() / 1e9).toArray())));
      } else if (config.isTimed()) {
        summary.add(
            String.format(
                Locale.ROOT,
                "%s: %s/OFF %.4f (thread CPU); Custody's own CPU (init+process+listener) median"
                    + " %.3f s = %.2f%% of OFF",
                label,
                config,
                ratioThr,
                custody,
                100 * custody / median(off.stream().mapToDouble(r -> r.threadCpu() / 1e9).toArray())));
      } else if (config == Config.NOOP) {
        summary.add(
            String.format(
                Locale.ROOT,
                "%s: NOOP/OFF %.4f (thread CPU): annotation processing switched on, no checker",
                label,
                ratioThr));
      }
    }
  }

  /**
   * The cold case: every compilation in a fresh JVM (javac on the command line, one module in a
   * fresh build JVM), measured as that JVM's whole CPU time (start-up, class loading, JIT and GC
   * threads included). The configurations of {@code --forked-configs}, alternating.
   */
  private void compareForked(
      String label, List<Path> files, List<String> options, boolean zeroDiagnostics, double target)
      throws IOException {
    int forkedRounds = Integer.parseInt(opts.getOrDefault("forked-rounds", "5"));
    if (forkedRounds <= 0) {
      return; // --forked-rounds 0 skips it
    }
    Path list = work.resolve("forked-sources.txt");
    Files.write(list, files.stream().map(Path::toString).toList());
    Files.write(work.resolve("forked-options.txt"), options);
    Config[] order =
        Arrays.stream(opts.getOrDefault("forked-configs", "OFF,ON,NOOP,PLUGIN").split(","))
            .map(String::trim)
            .map(Config::valueOf)
            .toArray(Config[]::new);
    if (order.length == 0 || order[0] != Config.OFF || Arrays.stream(order).anyMatch(Config::isTimed)) {
      throw new IllegalArgumentException(
          "--forked-configs must start with OFF (the baseline) and cannot hold WARM or WARM_PLUGIN");
    }
    List<Forked> entries = new ArrayList<>();
    for (Config config : order) {
      entries.add(new Forked(config.name(), config, jar, config.isJudged()));
    }
    entries.addAll(standIns());
    Map<String, List<double[]>> results = new HashMap<>();
    System.out.printf("%n## %s, forked: one fresh JVM per compilation%n", label);
    for (int round = -1; round < forkedRounds; round++) {
      List<Forked> inTurn = new ArrayList<>(entries);
      if (Math.floorMod(round, 2) == 1) {
        java.util.Collections.reverse(inTurn);
      }
      StringBuilder line = new StringBuilder(round < 0 ? "warm-up" : "round " + round);
      for (Forked entry : inTurn) {
        double[] r = forkOnce(entry, zeroDiagnostics);
        if (round >= 0) {
          results.computeIfAbsent(entry.label(), k -> new ArrayList<>()).add(r);
        }
        line.append(String.format(Locale.ROOT, "  %s %.2fs", entry.label(), r[1]));
      }
      System.out.println(line);
    }
    List<double[]> off = results.get(Config.OFF.name());
    for (Forked entry : entries) {
      List<double[]> rs = results.get(entry.label());
      double[] ratio = new double[rs.size()];
      double[] ratioThr = new double[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        ratio[i] = rs.get(i)[1] / off.get(i)[1];
        ratioThr[i] = rs.get(i)[0] / off.get(i)[0];
      }
      double median = median(ratio);
      double[] interval = medianInterval(ratio);
      System.out.printf(
          Locale.ROOT,
          "%-5s process CPU %.3fs  compiling thread %.3fs  ratio(proc) %.4f (min..max %.4f..%.4f,"
              + " 95%% interval of the median %.4f..%.4f)  ratio(thr) %.4f%n",
          entry.label(),
          median(rs.stream().mapToDouble(r -> r[1]).toArray()),
          median(rs.stream().mapToDouble(r -> r[0]).toArray()),
          median,
          Arrays.stream(ratio).min().orElse(0),
          Arrays.stream(ratio).max().orElse(0),
          interval[0],
          interval[1],
          median(ratioThr));
      if (entry.config() != Config.OFF) {
        summary.add(
            String.format(
                Locale.ROOT,
                "%s, forked JVM per compilation: %s/OFF median ratio %.4f (process CPU; 95%%"
                    + " interval of the median %.4f..%.4f), %.4f (compiling thread)%s [%d rounds,"
                    + " OFF median %.2f s]",
                label,
                entry.label(),
                median,
                interval[0],
                interval[1],
                median(ratioThr),
                entry.judged()
                    ? String.format(Locale.ROOT, "; target <= %.2f: %s", target, median <= target ? "met" : "MISSED")
                    : "",
                rs.size(),
                median(off.stream().mapToDouble(r -> r[1]).toArray())));
      }
    }
    printWithinRounds(results);
  }

  /**
   * Ratios within the same round (process CPU), their median and its interval, for the
   * comparisons whose two sides share each round's drift: Custody's plug-in over each stand-in
   * (what Custody costs beyond loading, walking or typing), and Custody's processor
   * configurations over NOOP (what Custody adds to a build that runs annotation processing
   * anyway).
   */
  private void printWithinRounds(Map<String, List<double[]>> results) {
    for (Forked standIn : standIns()) {
      printWithinRounds(results, Config.PLUGIN.name(), standIn.label());
    }
    for (Config processor : List.of(Config.ON, Config.ON_REFERENCED)) {
      printWithinRounds(results, processor.name(), Config.NOOP.name());
    }
  }

  private void printWithinRounds(Map<String, List<double[]>> results, String over, String under) {
    List<double[]> numerator = results.get(over);
    List<double[]> denominator = results.get(under);
    if (numerator == null || denominator == null) {
      return;
    }
    double[] ratio = new double[numerator.size()];
    for (int i = 0; i < ratio.length; i++) {
      ratio[i] = numerator.get(i)[1] / denominator.get(i)[1];
    }
    double[] interval = medianInterval(ratio);
    String line =
        String.format(
            Locale.ROOT,
            "%s/%s within each round: median ratio %.4f (process CPU; 95%% interval of the"
                + " median %.4f..%.4f) [%d rounds]",
            over,
            under,
            median(ratio),
            interval[0],
            interval[1],
            ratio.length);
    System.out.println(line);
    summary.add(line);
  }

  /**
   * One configuration of the fresh-JVM comparison: Custody's, or a stand-in plug-in (the floor's,
   * {@code --stand-ins name=jar,...}) run as {@code PLUGIN} in Custody's place, never judged.
   */
  private record Forked(String label, Config config, String jar, boolean judged) {}

  private List<Forked> standIns() {
    List<Forked> standIns = new ArrayList<>();
    String spec = opts.getOrDefault("stand-ins", "");
    for (String item : spec.isEmpty() ? new String[0] : spec.split(",")) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--stand-ins takes name=jar,...; got " + item);
      }
      standIns.add(new Forked("PLUGIN[" + item.substring(0, eq) + "]", Config.PLUGIN, item.substring(eq + 1), false));
    }
    return standIns;
  }

  /** Compiles the forked source list once in a child JVM; {thread CPU, process CPU} in seconds. */
  private double[] forkOnce(Forked entry, boolean zeroDiagnostics) throws IOException {
    List<String> positional =
        List.of(
            entry.config().name(),
            work.resolve("forked-sources.txt").toString(),
            Boolean.toString(zeroDiagnostics));
    String out = runChild(childCommand("compile-once", positional, Map.of("jar", entry.jar()))).output();
    for (String l : out.split("\n")) {
      if (l.startsWith("RESULT ")) {
        String[] f = l.substring(7).trim().split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
      }
    }
    System.out.println(out);
    failed = true;
    printSummary();
    System.exit(1);
    return null;
  }

  /**
   * For profiling (run.sh profile) and for {@link #curve}: compiles the lang3 or dense sources in
   * the WARM configuration (or another one named by {@code --config}, e.g. WARM_PLUGIN) over and
   * over in this JVM, printing each compilation's CPU times.
   */
  private void warmLoop(String what) throws IOException {
    WarmSources sources = warmSources(what);
    Javac javac = new Javac(jar);
    Config config = Config.valueOf(opts.getOrDefault("config", "WARM"));
    for (int i = 0; i < rounds; i++) {
      Result r =
          javac.compile(config, sources.files(), sources.options(), work.resolve("out-profile"));
      check("profile " + what, r, what.equals("dense"));
      System.out.printf(
          Locale.ROOT,
          "compilation %d: thread CPU %.4f s, Custody %.4f s%n",
          i,
          r.threadCpu() / 1e9,
          r.custodyCpu() / 1e9);
    }
  }

  /**
   * What javac does in each configuration, counted from its task events (one compilation each of
   * {@code --configs}, default OFF,NOOP,ON,ON_REFERENCED,PLUGIN): how often it enters the
   * compilation units (once without annotation processing; every processing round cleans and
   * enters all of them again), how many processing rounds run, how many units it parses (the
   * generated ones included) and analyses. It shows the work any annotation processor adds to
   * javac whatever the processor does, beside what Custody adds.
   */
  private void events(String what) throws IOException {
    WarmSources sources = warmSources(what);
    Javac javac = new Javac(jar);
    System.out.printf(
        "%n## %s: javac's task events per configuration (%d source files)%n",
        label(what), sources.files().size());
    System.out.println(
        "| configuration | units parsed | units entered | processing rounds"
            + " | top-level classes analysed |");
    System.out.println("|---|---|---|---|---|");
    String configs = opts.getOrDefault("configs", "OFF,NOOP,ON,ON_REFERENCED,PLUGIN");
    for (String name : configs.split(",")) {
      Config config = Config.valueOf(name);
      Map<TaskEvent.Kind, Integer> counts = new EnumMap<>(TaskEvent.Kind.class);
      TaskListener counter =
          new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
              counts.merge(e.getKind(), 1, Integer::sum);
            }
          };
      Result r =
          javac.compile(
              config, sources.files(), sources.options(), work.resolve("out-events"), counter);
      check("events " + what + " " + config, r, what.equals("dense"));
      System.out.printf(
          "| %s | %d | %d | %d | %d |%n",
          config,
          counts.getOrDefault(TaskEvent.Kind.PARSE, 0),
          counts.getOrDefault(TaskEvent.Kind.ENTER, 0),
          counts.getOrDefault(TaskEvent.Kind.ANNOTATION_PROCESSING_ROUND, 0),
          counts.getOrDefault(TaskEvent.Kind.ANALYZE, 0));
    }
  }

  /** How reports name the input: lang3, dense, or dense with the one template it repeats. */
  private String label(String what) {
    int template = template(what);
    return template < 0
        ? what
        : what + " (template " + template + " only: " + DenseTree.TEMPLATES.get(template)[0] + ")";
  }

  /** The source files written for warm-loop and paired, and the options they compile with. */
  private record WarmSources(List<Path> files, List<String> options) {}

  /** Writes the lang3 or dense sources to {@code <work>/<what>-src}. */
  private WarmSources warmSources(String what) throws IOException {
    int template = template(what);
    Path src = work.resolve(what + "-src");
    Javac.deleteTree(src);
    List<String> options = List.of();
    if (what.equals("dense")) {
      DenseTree.write(src, classes(), template);
      options = classPath();
    } else {
      unzip(Path.of(required(opts, "lang3")), src);
    }
    return new WarmSources(Javac.javaFiles(src), options);
  }

  /**
   * Custody's own CPU for several processor jars ({@code --jars a.jar,b.jar,...}, the first the
   * baseline) in this one JVM: each jar's plug-in kept loaded (WARM_PLUGIN), one compilation per
   * jar per round, the order reversed every round; {@code --warmup} rounds first. Reports each
   * jar's median and the median of its per-round ratio to the first jar with a bootstrap
   * interval: what a change to the checker's work costs once compiled, resolved to a few percent
   * where fresh JVMs resolve ten or more. Give the first jar twice to see the run's own spread.
   */
  private void paired(String what) throws IOException {
    WarmSources sources = warmSources(what);
    String[] jars = required(opts, "jars").split(",");
    if (jars.length < 2) {
      throw new IllegalArgumentException("--jars needs at least two jars, the baseline first");
    }
    List<Javac> javacs = new ArrayList<>();
    for (String j : jars) {
      javacs.add(new Javac(j));
    }
    List<List<Double>> custody = new ArrayList<>();
    for (int k = 0; k < jars.length; k++) {
      custody.add(new ArrayList<>());
    }
    String label = label(what);
    System.out.printf(
        "%n## %s: Custody's own CPU per jar, one JVM, %d warm-up + %d rounds, WARM_PLUGIN%n",
        label,
        warmup,
        rounds);
    for (int round = -warmup; round < rounds; round++) {
      for (int i = 0; i < jars.length; i++) {
        int k = Math.floorMod(round, 2) == 0 ? i : jars.length - 1 - i;
        Result r =
            javacs
                .get(k)
                .compile(
                    Config.WARM_PLUGIN, sources.files(), sources.options(), work.resolve("out-paired"));
        check("paired " + what + " " + jars[k], r, what.equals("dense"));
        if (round >= 0) {
          custody.get(k).add(r.custodyCpu() / 1e6);
        }
      }
    }
    double[] base = custody.get(0).stream().mapToDouble(Double::doubleValue).toArray();
    for (int k = 0; k < jars.length; k++) {
      double[] own = custody.get(k).stream().mapToDouble(Double::doubleValue).toArray();
      double[] ratio = new double[own.length];
      for (int i = 0; i < own.length; i++) {
        ratio[i] = own[i] / base[i];
      }
      double[] interval = medianInterval(ratio);
      summary.add(
          String.format(
              Locale.ROOT,
              "%s, %s: Custody's own CPU %.2f ms (median of %d); to %s within each round %.3f (95 %%"
                  + " interval of the median %.3f..%.3f)",
              label,
              jars[k],
              median(own),
              own.length,
              Path.of(jars[0]).getFileName(),
              median(ratio),
              interval[0],
              interval[1]));
    }
  }

  /**
   * Custody's own CPU over a JVM's life: in each of {@code --jvms} fresh JVMs, {@code --rounds}
   * compilations of the same sources with the plug-in kept loaded and timed (WARM_PLUGIN). The
   * first compilation is the cold case (javac's code and Custody's run in the interpreter and in
   * the JIT's first tiers while the JIT compiles them); the median of the second half is what both
   * cost once compiled. Each figure is the median over the JVMs.
   */
  private void curve(String what) throws IOException {
    int jvms = Integer.parseInt(opts.getOrDefault("jvms", "5"));
    String label = label(what);
    List<double[]> first = new ArrayList<>();
    List<double[]> late = new ArrayList<>();
    System.out.printf(
        "%n## %s: Custody's own CPU in the first compilation of a fresh JVM and late in its life"
            + " (%d JVMs x %d compilations, WARM_PLUGIN)%n",
        label,
        jvms,
        rounds);
    for (int j = 0; j < jvms; j++) {
      ChildRun child =
          runChild(childCommand("warm-loop", List.of(what), Map.of("config", "WARM_PLUGIN")));
      String out = child.output();
      List<double[]> compilations = new ArrayList<>();
      for (String l : out.split("\n")) {
        if (l.startsWith("compilation ")) {
          String[] f = l.replace(",", "").split(" ");
          compilations.add(new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[7])});
        }
      }
      if (compilations.size() != rounds || child.exitStatus() != 0) {
        System.out.println(out);
        failed = true;
        return;
      }
      first.add(compilations.get(0));
      List<double[]> secondHalf = compilations.subList(rounds / 2, rounds);
      double[] l = {
        median(secondHalf.stream().mapToDouble(c -> c[0]).toArray()),
        median(secondHalf.stream().mapToDouble(c -> c[1]).toArray())
      };
      late.add(l);
      System.out.printf(
          Locale.ROOT,
          "JVM %d: first compilation: javac %.3f s, Custody %.4f s; second half: javac %.3f s,"
              + " Custody %.4f s%n",
          j,
          compilations.get(0)[0],
          compilations.get(0)[1],
          l[0],
          l[1]);
    }
    double firstJavac = median(first.stream().mapToDouble(c -> c[0]).toArray());
    double firstCustody = median(first.stream().mapToDouble(c -> c[1]).toArray());
    double lateJavac = median(late.stream().mapToDouble(c -> c[0]).toArray());
    double lateCustody = median(late.stream().mapToDouble(c -> c[1]).toArray());
    summary.add(
        String.format(
            Locale.ROOT,
            "%s: Custody's own CPU in a fresh JVM's first compilation %.4f s (%.1f %% of the"
                + " compiling thread's %.3f s); compilations %d-%d of %d: %.4f s (%.1f %% of %.3f"
                + " s) [median of %d JVMs]",
            label,
            firstCustody,
            100 * firstCustody / firstJavac,
            firstJavac,
            rounds / 2 + 1,
            rounds,
            rounds,
            lateCustody,
            100 * lateCustody / lateJavac,
            lateJavac,
            jvms));
  }

  /** In a child JVM: one compilation; prints the compiling thread's and the whole JVM's CPU time. */
  private void compileOnce(String configName, String sourceList, String zeroDiagnostics)
      throws IOException {
    Config config = Config.valueOf(configName);
    List<Path> files = Files.readAllLines(Path.of(sourceList)).stream().map(Path::of).toList();
    List<String> options = Files.readAllLines(work.resolve("forked-options.txt"));
    Javac javac = new Javac(jar);
    Result r = javac.compile(config, files, options, work.resolve("out-forked-" + config));
    check("forked " + config, r, Boolean.parseBoolean(zeroDiagnostics));
    System.out.printf(
        Locale.ROOT,
        "RESULT %.6f %.6f%n",
        r.threadCpu() / 1e9,
        ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e9);
    System.exit(failed ? 1 : 0);
  }

  /** Runs every family and scale in a child JVM each (a runaway fixpoint cannot hang the run). */
  private void growth() throws IOException, InterruptedException {
    long timeout = Long.parseLong(opts.getOrDefault("timeout", "120"));
    System.out.printf(
        "%n## growth: Custody's own CPU time (init + process + ANALYZE listener), median of %d"
            + " compilations after %d warm-up%n",
        rounds,
        warmup);
    String base = child("empty", 0, timeout);
    double fixed = Double.parseDouble(base.trim().split(" ")[2]);
    System.out.printf(
        Locale.ROOT,
        "fixed cost (an empty method: processor init, support types): %.1f ms, subtracted below%n",
        fixed * 1e3);
    System.out.printf(
        "%-20s %5s %7s %6s %12s %12s %14s%n",
        "family", "scale", "stmts", "depth", "custody CPU", "net per stmt", "WARM-OFF thr");
    for (String family : Growth.FAMILIES) {
      double fourth = -1;
      double first = -1;
      int firstStatements = 0;
      int[] scales =
          Arrays.stream(opts.getOrDefault("scales", "1,2,4,8").split(","))
              .mapToInt(Integer::parseInt)
              .toArray();
      int largest = scales[scales.length - 1];
      for (int scale : scales) {
        String result = child(family, scale, timeout);
        if (result == null) {
          System.out.printf("%-20s %5d  TIMEOUT after %d s%n", family, scale, timeout);
          summary.add(
              "growth " + family + " x" + scale + ": did not finish in " + timeout + " s: MISSED");
          missed = true;
          break;
        }
        // statements depth custodySeconds diffSeconds
        String[] f = result.trim().split(" ");
        int statements = Integer.parseInt(f[0]);
        int depth = Integer.parseInt(f[1]);
        double custody = Double.parseDouble(f[2]);
        double net = Math.max(custody - fixed, 1e-6);
        double diff = Double.parseDouble(f[3]);
        System.out.printf(
            Locale.ROOT,
            "%-20s %5d %7d %6s %11.1fms %10.2fus %13.1fms%n",
            family,
            scale,
            statements,
            family.startsWith("nested") || family.equals("mixed") ? Integer.toString(depth) : "-",
            custody * 1e3,
            net * 1e6 / statements,
            diff * 1e3);
        if (scale == scales[0]) {
          first = net;
          firstStatements = statements;
        }
        if (scale != largest) {
          fourth = net;
        }
        if (scale == largest) {
          double growth = (net / first) / ((double) statements / firstStatements);
          boolean ok = custody < 0.2;
          if (!ok) {
            missed = true;
          }
          summary.add(
              String.format(
                  Locale.ROOT,
                  "growth %s: x%d = %d statements in %.1f ms (target < 200 ms: %s); net time"
                      + " largest / previous scale = %.2f (2.0 = linear if the scales double), net"
                      + " time per statement largest / smallest = %.2f (1.0 = linear)",
                  family,
                  largest,
                  statements,
                  custody * 1e3,
                  ok ? "met" : "MISSED",
                  net / fourth,
                  growth));
        }
      }
    }
  }

  private String child(String family, int scale, long timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xss16m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(CompileBench.class.getName());
    cmd.add("growth-one");
    cmd.add(family);
    cmd.add(Integer.toString(scale));
    for (Map.Entry<String, String> e : opts.entrySet()) {
      cmd.add("--" + e.getKey());
      if (!e.getKey().equals("strict")) {
        cmd.add(e.getValue());
      }
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> out = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = in.readLine()) != null; ) {
                  synchronized (out) {
                    out.add(l);
                  }
                }
              } catch (IOException ignored) {
                // the child was killed
              }
            });
    reader.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      reader.join();
      return null;
    }
    reader.join();
    String result = null;
    for (String l : out) {
      if (l.startsWith("RESULT ")) {
        result = l.substring("RESULT ".length());
      } else if (!l.startsWith("#")) {
        System.out.println("  | " + l);
      }
    }
    if (p.exitValue() != 0 || result == null) {
      failed = true;
      summary.add("growth " + family + " x" + scale + ": FAILED (exit " + p.exitValue() + ")");
      return "0 0 0 0";
    }
    return result;
  }

  /** In a child JVM: one family at one scale, OFF and WARM alternating. */
  private void growthOne(String family, int scale) {
    Path src = work.resolve("growth-src-" + family + "-" + scale);
    Javac.deleteTree(src);
    int depthOverride = Integer.parseInt(opts.getOrDefault("depth", "0"));
    int statements = Growth.write(src, family, scale, depthOverride);
    List<Path> files = Javac.javaFiles(src);
    Javac javac = new Javac(jar);
    // A 10 k statement method is beyond the JVM's 64 KB of bytecode per method ("code too large"):
    // stop after FLOW, whose end is the ANALYZE event Custody runs on, so no class file is written.
    // Both configurations stop there, so the difference is still Custody's cost.
    List<String> growthOptions = new ArrayList<>(classPath());
    growthOptions.add("-XDshould-stop.ifNoError=FLOW");
    List<Double> custody = new ArrayList<>();
    List<Double> diff = new ArrayList<>();
    for (int round = -warmup; round < rounds; round++) {
      Result a = null;
      Result b = null;
      for (int i = 0; i < 2; i++) {
        boolean warmFirst = Math.floorMod(round, 2) == 0;
        Config config = (i == 0) == warmFirst ? Config.WARM : Config.OFF;
        System.gc();
        Result r = javac.compile(config, files, growthOptions, work.resolve("out-growth-" + config));
        check("growth " + family + " x" + scale + " " + config, r, true);
        if (config == Config.WARM) {
          a = r;
        } else {
          b = r;
        }
      }
      if (round >= 0) {
        custody.add(a.custodyCpu() / 1e9);
        diff.add((a.threadCpu() - b.threadCpu()) / 1e9);
      }
    }
    int depth =
        family.equals("loop-chain") ? 0 : depthOverride > 0 ? depthOverride : Growth.depthFor(scale);
    System.out.printf(
        Locale.ROOT,
        "RESULT %d %d %.6f %.6f%n",
        statements,
        depth,
        median(custody.stream().mapToDouble(Double::doubleValue).toArray()),
        median(diff.stream().mapToDouble(Double::doubleValue).toArray()));
    System.exit(failed ? 1 : 0);
  }

  // ------------------------------------------------------------------ helpers

  /** A compilation must succeed; where {@code zeroDiagnostics}, Custody must not say anything. */
  private void check(String what, Result r, boolean zeroDiagnostics) {
    if (r.errors() > 0 && !r.otherErrors().isEmpty()) {
      failed = true;
      System.out.println("FAILED: " + what + ": javac errors:");
      r.otherErrors().stream().limit(20).forEach(m -> System.out.println("  " + m));
    }
    if (!r.custodyMessages().isEmpty() && (zeroDiagnostics || r.errors() > 0)) {
      failed = true;
      System.out.println(
          "FAILED: " + what + ": " + r.custodyMessages().size() + " Custody diagnostics:");
      r.custodyMessages().stream().limit(40).forEach(m -> System.out.println("  " + m));
    } else if (!r.custodyMessages().isEmpty()) {
      System.out.println("note: " + what + ": " + r.custodyMessages().size() + " Custody messages:");
      r.custodyMessages().stream().limit(10).forEach(m -> System.out.println("  " + m));
    }
    if (failed) {
      printSummary();
      System.exit(1);
    }
  }

  private void printSummary() {
    System.out.println();
    System.out.println("## summary");
    summary.forEach(s -> System.out.println("- " + s));
    if (failed) {
      System.out.println("- FAILED (see above)");
    }
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /**
   * A 95 % bootstrap interval of the median of {@code values} (10 000 resamples, fixed seed): how
   * far the median of this many noisy rounds can be trusted.
   */
  static double[] medianInterval(double[] values) {
    if (values.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    java.util.Random random = new java.util.Random(1);
    double[] medians = new double[10_000];
    double[] sample = new double[values.length];
    for (int i = 0; i < medians.length; i++) {
      for (int j = 0; j < sample.length; j++) {
        sample[j] = values[random.nextInt(values.length)];
      }
      medians[i] = median(sample);
    }
    Arrays.sort(medians);
    return new double[] {medians[250], medians[9_749]};
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      var entries = z.entries();
      while (entries.hasMoreElements()) {
        var e = entries.nextElement();
        if (e.isDirectory() || !e.getName().endsWith(".java")) {
          continue;
        }
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("bad entry " + e.getName());
        }
        Files.createDirectories(out.getParent());
        try (var in = z.getInputStream(e)) {
          Files.copy(in, out);
        }
      }
    }
  }

  private static long countLines(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      try {
        n += Files.readAllLines(f, StandardCharsets.UTF_8).size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return n;
  }
}
