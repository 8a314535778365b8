package dev.custody.compilebench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM, on this thread, and measures it.
 *
 * <p>Configurations:
 *
 * <ul>
 *   <li>{@code OFF}: {@code -proc:none}, the build without Custody;
 *   <li>{@code ON}: {@code -processorpath <custody jar>}: javac discovers Custody's processors
 *       through the service loader and loads them in a fresh class loader for every compilation,
 *       as plain javac and Maven's compiler plugin do. This is the configuration the targets are
 *       judged on;
 *   <li>{@code ON_REFERENCED}: {@code ON} with {@code -Acustody.glue=referenced}: drop glue only
 *       for the classes whose own source file names it (none in the benchmark's inputs);
 *   <li>{@code WARM}: the same processors, instantiated afresh for every compilation from one class
 *       loader kept for the whole run (a build daemon that caches processor class loaders). Every
 *       call into Custody is timed: {@code init}, {@code process} and its ANALYZE listener, so
 *       this configuration also yields Custody's own CPU time;
 *   <li>{@code NOOP}: a do-nothing processor that claims {@code "*"}: what turning annotation
 *       processing on costs javac by itself, whatever the processor does;
 *   <li>{@code PLUGIN}: {@code -proc:none -Xplugin:Custody -processorpath <custody jar>}: the same
 *       checks through javac's plug-in interface, annotation processing off (no drop glue), the
 *       plug-in loaded afresh for every compilation like {@code ON}.
 *   <li>{@code WARM_PLUGIN}: {@code -proc:none} and the plug-in instantiated for every compilation
 *       from the kept class loader of {@code WARM}, its listener timed the same way: the plug-in's
 *       own CPU time, and, against {@code PLUGIN}, what loading it afresh costs.
 * </ul>
 */
final class Javac {
  enum Config {
    OFF,
    ON,
    ON_REFERENCED,
    WARM,
    NOOP,
    PLUGIN,
    WARM_PLUGIN;

    /** Whether the targets are checked on it: the set-ups a build uses. */
    boolean isJudged() {
      return this == ON || this == ON_REFERENCED || this == PLUGIN;
    }

    /** Whether Custody's own CPU time is measured (its code comes from the kept loader). */
    boolean isTimed() {
      return this == WARM || this == WARM_PLUGIN;
    }
  }

  /** One compilation's measurements (CPU times in nanoseconds). */
  record Result(
      Config config,
      long threadCpu,
      long processCpu,
      long wall,
      long custodyCpu,
      int errors,
      int warnings,
      List<String> custodyMessages,
      List<String> otherErrors) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String processorPath;
  private final URLClassLoader warmLoader;

  /** {@code processorPath}: Custody's jar, plus its dependencies if it is not self-contained. */
  Javac(String processorPath) {
    this.processorPath = processorPath;
    try {
      List<URL> urls = new ArrayList<>();
      for (String entry : processorPath.split(java.io.File.pathSeparator)) {
        if (!entry.isBlank()) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
      this.warmLoader = new URLClassLoader(urls.toArray(new URL[0]), Javac.class.getClassLoader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("thread CPU time is not supported by this JVM");
    }
  }

  static long threadCpuNow() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * Compiles {@code sources} into a fresh {@code out} directory.
   *
   * @param extraOptions options shared by every configuration (class path, release, ...)
   */
  Result compile(Config config, List<Path> sources, List<String> extraOptions, Path out) {
    return compile(config, sources, extraOptions, out, null);
  }

  /**
   * {@link #compile(Config, List, List, Path)} with {@code observer} (if not null) told of javac's
   * task events, registered before the configuration's own listeners.
   */
  Result compile(
      Config config,
      List<Path> sources,
      List<String> extraOptions,
      Path out,
      TaskListener observer) {
    deleteTree(out);
    try {
      Files.createDirectories(out.resolve("classes"));
      Files.createDirectories(out.resolve("generated"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new ArrayList<>();
    options.addAll(
        List.of(
            "-nowarn",
            "-Xlint:none",
            "-XDsuppressNotes",
            "-encoding",
            "UTF-8",
            "-implicit:none",
            "-Xmaxerrs",
            "20",
            "-d",
            out.resolve("classes").toString(),
            "-s",
            out.resolve("generated").toString()));
    options.addAll(extraOptions);
    switch (config) {
      case OFF, WARM_PLUGIN -> options.add("-proc:none");
      case ON -> options.addAll(List.of("-processorpath", processorPath));
      case ON_REFERENCED ->
          options.addAll(List.of("-processorpath", processorPath, "-Acustody.glue=referenced"));
      case PLUGIN ->
          options.addAll(List.of("-proc:none", "-processorpath", processorPath, "-Xplugin:Custody"));
      case WARM, NOOP -> {}
    }
    // Only the processor on the processor path (or none) may run: nothing from the class path.
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long[] custodyCpu = {0};
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjectsFromPaths(sources);
      JavacTask task =
          (JavacTask) compiler.getTask(null, files, diagnostics, options, null, units);
      if (observer != null) {
        task.addTaskListener(observer);
      }
      if (config == Config.WARM) {
        installTimedCustody(task, custodyCpu);
      } else if (config == Config.WARM_PLUGIN) {
        installTimedPlugin(task, custodyCpu);
      } else if (config == Config.NOOP) {
        task.setProcessors(List.of(new NoopProcessor()));
      }
      long wall0 = System.nanoTime();
      long process0 = OS.getProcessCpuTime();
      long thread0 = threadCpuNow();
      task.call();
      long thread1 = threadCpuNow();
      long process1 = OS.getProcessCpuTime();
      long wall1 = System.nanoTime();
      int errors = 0;
      int warnings = 0;
      List<String> custody = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String message = d.getMessage(Locale.ROOT);
        String where =
            (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":")
                + (d.getLineNumber() > 0 ? d.getLineNumber() + ": " : " ");
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors++;
        } else if (d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          warnings++;
        }
        if (message.contains("[custody:") || message.toLowerCase(Locale.ROOT).contains("custody")) {
          custody.add(d.getKind() + " " + where + message);
        } else if (d.getKind() == Diagnostic.Kind.ERROR) {
          other.add(where + message);
        }
      }
      return new Result(
          config,
          thread1 - thread0,
          process1 - process0,
          wall1 - wall0,
          config.isTimed() ? custodyCpu[0] : -1,
          errors,
          warnings,
          custody,
          other);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Custody's processors from the kept class loader, each wrapped so that its {@code init} and
   * {@code process} are timed, plus two listeners around Custody's own: the first (registered now)
   * starts a clock on every ANALYZE-finished event, the last (registered by a processor placed after
   * Custody's, so after Custody's listener) stops it. javac calls listeners in registration order.
   */
  private void installTimedCustody(JavacTask task, long[] custodyCpu) {
    List<Processor> processors = new ArrayList<>();
    for (Processor p : ServiceLoader.load(Processor.class, warmLoader)) {
      if (p.getClass().getClassLoader() == warmLoader
          && p.getClass().getName().startsWith("dev.custody.")) {
        processors.add(new TimedProcessor(p, custodyCpu));
      }
    }
    if (processors.isEmpty()) {
      throw new IllegalStateException("no Custody processor found in " + processorPath);
    }
    long[] start = {0};
    task.addTaskListener(afterCustody(() -> start[0] = threadCpuNow()));
    processors.add(
        new NoopProcessor() {
          @Override
          public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            JavacTask.instance(env)
                .addTaskListener(afterCustody(() -> custodyCpu[0] += threadCpuNow() - start[0]));
          }

          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return Set.of();
          }
        });
    task.setProcessors(processors);
  }

  /**
   * Custody's plug-in from the kept class loader, initialised on {@code task} as javac would with
   * {@code -Xplugin:Custody}, between two listeners that time it like {@link #installTimedCustody}.
   */
  private void installTimedPlugin(JavacTask task, long[] custodyCpu) {
    Plugin custody = null;
    for (Plugin p : ServiceLoader.load(Plugin.class, warmLoader)) {
      if (p.getClass().getClassLoader() == warmLoader && p.getName().equals("Custody")) {
        custody = p;
      }
    }
    if (custody == null) {
      throw new IllegalStateException("no Custody plug-in found in " + processorPath);
    }
    long[] start = {0};
    task.addTaskListener(afterCustody(() -> start[0] = threadCpuNow()));
    custody.init(task);
    task.addTaskListener(afterCustody(() -> custodyCpu[0] += threadCpuNow() - start[0]));
  }

  /**
   * A listener that runs {@code action} when an event Custody works on has finished (ANALYZE, and
   * COMPILATION for the end of the run): registered before Custody's own listener it starts a
   * clock, after it it stops one (javac calls listeners in registration order).
   */
  private static TaskListener afterCustody(Runnable action) {
    return new TaskListener() {
      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() == TaskEvent.Kind.ANALYZE || e.getKind() == TaskEvent.Kind.COMPILATION) {
          action.run();
        }
      }
    };
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Claims nothing, does nothing: the cost of annotation processing being on at all. */
  static class NoopProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  /** Delegates to one of Custody's processors and adds the CPU time of each call to a counter. */
  private static final class TimedProcessor implements Processor {
    private final Processor delegate;
    private final long[] cpu;

    TimedProcessor(Processor delegate, long[] cpu) {
      this.delegate = delegate;
      this.cpu = cpu;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      long t0 = threadCpuNow();
      delegate.init(env);
      cpu[0] += threadCpuNow() - t0;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long t0 = threadCpuNow();
      try {
        return delegate.process(annotations, round);
      } finally {
        cpu[0] += threadCpuNow() - t0;
      }
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
