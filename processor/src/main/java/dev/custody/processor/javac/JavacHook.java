package dev.custody.processor.javac;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.custody.processor.CustodyOptions;
import dev.custody.processor.RootTypes;
import dev.custody.processor.analysis.OwnershipChecker;
import dev.custody.processor.environment.EnvironmentUnwrapper;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one door from the processor into javac's {@code com.sun.source} API. The processor calls it
 * only after checking that the API exists, so on compilers without it (ECJ, a runtime without the
 * {@code jdk.compiler} module) no class referring to {@code com.sun.source} is ever loaded.
 */
public final class JavacHook {
  private JavacHook() {}

  /**
   * Registers the checker with the javac task behind {@code environment} (peeling build-tool
   * wrappers as needed).
   *
   * @return {@code null} when the checker is installed (or already was, for this task, by another
   *     instance or by {@link CustodyPlugin}), otherwise why it could not be
   */
  public static String install(
      ProcessingEnvironment environment, CustodyOptions options, RootTypes roots) {
    ProcessingEnvironment javac = javacEnvironment(environment);
    if (javac == null) {
      return "the annotation processing environment ("
          + environment.getClass().getName()
          + ") is not javac's and holds no javac environment Custody can find";
    }
    JavacTask task = taskOf(javac);
    if (CompilationSessions.claim(task)) {
      Trees trees = Trees.instance(javac);
      // javac's own Messager: the wrapper's may be gone or filtered by the time we report.
      Messager messager = javac.getMessager();
      task.addTaskListener(
          new CheckingTaskListener(
              trees,
              () -> new OwnershipChecker(trees, javac.getElementUtils(), javac.getTypeUtils()),
              roots::contains,
              options,
              message -> messager.printMessage(Diagnostic.Kind.WARNING, message)));
    }
    return null;
  }

  /**
   * For {@code -Acustody.glue=referenced}: which classes' own source files name their drop glue;
   * {@code null} when javac is not found behind {@code environment} (then every class gets glue).
   */
  public static Predicate<TypeElement> glueReferences(ProcessingEnvironment environment) {
    ProcessingEnvironment javac = javacEnvironment(environment);
    return javac == null ? null : new GlueReferences(Trees.instance(javac));
  }

  /** javac's own environment, behind build-tool wrappers; {@code null} when there is none. */
  private static ProcessingEnvironment javacEnvironment(ProcessingEnvironment environment) {
    ProcessingEnvironment candidate = environment;
    for (int depth = 0; candidate != null && depth <= EnvironmentUnwrapper.MAX_DEPTH; depth++) {
      if (taskOf(candidate) != null) {
        return candidate;
      }
      candidate = EnvironmentUnwrapper.unwrapOnce(candidate);
    }
    return null;
  }

  private static JavacTask taskOf(ProcessingEnvironment environment) {
    try {
      return JavacTask.instance(environment);
    } catch (IllegalArgumentException | ClassCastException notJavac) {
      return null;
    }
  }
}
