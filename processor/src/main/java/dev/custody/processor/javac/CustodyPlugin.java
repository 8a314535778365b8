package dev.custody.processor.javac;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.custody.processor.CustodyOptions;
import dev.custody.processor.analysis.OwnershipChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.tools.Diagnostic;

/**
 * Custody's checks as a javac plug-in, {@code -Xplugin:Custody}: the same listener as the
 * processor installs, without switching annotation processing on. A build that runs no processor
 * at all then skips javac's processing rounds, which re-enter every source file and cost more than
 * the checks themselves on code with nothing to check (docs/PERFORMANCE.md). A plug-in cannot
 * generate sources, so drop glue still needs the processor; with both, the checks run once.
 *
 * <p>Arguments are the processor's option names, {@code name} or {@code name=value}, separated by
 * spaces: {@code -Xplugin:"Custody custody.warnings custody.sarif=build/custody.sarif"}. Every
 * class javac analyses is checked: a plug-in is not told which files were named on the command
 * line, so classes javac compiles implicitly from {@code -sourcepath} are checked as well.
 */
@AutoService(Plugin.class)
public final class CustodyPlugin implements Plugin {
  /** The name after {@code -Xplugin:}. */
  public static final String NAME = "Custody";

  @Override
  public String getName() {
    return NAME;
  }

  /** Never throws: javac would abandon the build with a stack trace. */
  @Override
  public void init(JavacTask task, String... args) {
    try {
      install(task, args);
    } catch (RuntimeException | LinkageError failure) {
      System.err.println(
          "warning: [custody:internal-error] ownership checks are disabled: installing the"
              + " -Xplugin:" + NAME + " checker failed: " + failure);
    }
  }

  private static void install(JavacTask task, String... args) {
    List<String> unknown = new ArrayList<>();
    CustodyOptions options = CustodyOptions.from(parse(args, unknown));
    Trees trees = Trees.instance(task);
    LastUnit lastUnit = new LastUnit(trees);
    task.addTaskListener(lastUnit);
    if (!unknown.isEmpty()) {
      lastUnit.warnOnFirstUnit(
          "[custody] unknown -Xplugin:" + NAME + " argument(s) " + unknown
              + "; known: " + new TreeSet<>(CustodyOptions.NAMES)
              + ", each as name or name=value");
    }
    if (options.disabled() || !CompilationSessions.claim(task)) {
      return;
    }
    task.addTaskListener(
        new CheckingTaskListener(
            trees,
            () -> new OwnershipChecker(trees, task.getElements(), task.getTypes()),
            type -> true,
            options,
            lastUnit::warn));
  }

  private static Map<String, String> parse(String[] args, List<String> unknown) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (arg.isBlank()) {
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (!CustodyOptions.NAMES.contains(name)) {
        unknown.add(arg);
        continue;
      }
      options.put(name, equals < 0 ? null : arg.substring(equals + 1));
    }
    return options;
  }

  /**
   * Prints warnings that belong to no line of code. A plug-in has no {@code Messager}; javac's
   * public API prints only at a tree, so these go to the top of the file javac last worked on
   * (standard error before the first one).
   */
  private static final class LastUnit implements TaskListener {
    private final Trees trees;
    private CompilationUnitTree unit;
    private String pending;

    LastUnit(Trees trees) {
      this.trees = trees;
    }

    void warnOnFirstUnit(String message) {
      pending = message;
    }

    @Override
    public void started(TaskEvent event) {
      if (event.getCompilationUnit() != null) {
        unit = event.getCompilationUnit();
        if (pending != null) {
          String message = pending;
          pending = null;
          warn(message);
        }
      }
    }

    void warn(String message) {
      if (unit == null) {
        System.err.println("warning: " + message);
      } else {
        trees.printMessage(Diagnostic.Kind.WARNING, message, unit, unit);
      }
    }
  }
}
