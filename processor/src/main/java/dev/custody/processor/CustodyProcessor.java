package dev.custody.processor;

import com.google.auto.service.AutoService;
import dev.custody.processor.codegen.DropGlueGenerator;
import dev.custody.processor.javac.JavacHook;
import dev.custody.processor.model.OwnershipModel;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Custody's entry point in javac. Ownership is checked in method bodies, which javac attributes
 * only after annotation processing; so {@link #init} registers a listener that runs the checker on
 * each class when javac has analysed it, and {@link #process} only remembers which classes belong
 * to this compilation (and generates drop glue).
 *
 * <p>Supports {@code "*"}: a class that merely uses a tracked type carries no annotation, yet must
 * be checked. For the same reason it never claims annotations ({@code process} returns false), so
 * other processors still see them; {@link OwnershipAnnotationsClaimer} claims Custody's own.
 *
 * <p>This class must not refer to {@code com.sun.source}: under ECJ or without the {@code
 * jdk.compiler} module that API is missing, and the checks are then disabled with one note.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("*")
public final class CustodyProcessor extends AbstractProcessor {
  private static final String JAVAC_API_CLASS = "com.sun.source.util.JavacTask";

  private final RootTypes roots = new RootTypes();
  private CustodyOptions options;
  private DropGlueGenerator dropGlue;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    // Anything lower makes javac warn on newer -source levels, which breaks -Werror builds.
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return CustodyOptions.NAMES;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    // The possibly wrapped environment stays the processor's own (processingEnv): Gradle's
    // incremental bookkeeping only sees generated files created through the wrapper's Filer.
    super.init(environment);
    options = CustodyOptions.from(environment.getOptions());
    if (options.glueProblem() != null) {
      environment
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "[custody] " + options.glueProblem());
    }
    if (options.disabled()) {
      return;
    }
    String problem;
    try {
      problem = installChecker(environment);
    } catch (RuntimeException | LinkageError failure) {
      problem = "installing the checker failed: " + failure;
    }
    if (problem != null) {
      reportChecksDisabled(problem);
    }
  }

  /** Returns why the checker cannot run here, or {@code null} once it is installed. */
  private String installChecker(ProcessingEnvironment environment) {
    if (!hasJavacApi()) {
      return "this compiler does not provide javac's API (module jdk.compiler)";
    }
    return JavacHook.install(environment, options, roots);
  }

  /** Until this says yes, JavacHook (and through it com.sun.source) must not be loaded. */
  private static boolean hasJavacApi() {
    try {
      Class.forName(JAVAC_API_CLASS, false, CustodyProcessor.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError noJavacApi) {
      return false;
    }
  }

  /**
   * Which classes get drop glue among those that can have it: all of them, or under {@code
   * -Acustody.glue=referenced} those whose own source file names their glue (all of them again
   * where javac's tree API cannot tell).
   */
  private Predicate<TypeElement> glueWanted() {
    if (options.glueReferencedOnly() && hasJavacApi()) {
      try {
        Predicate<TypeElement> referenced = JavacHook.glueReferences(processingEnv);
        if (referenced != null) {
          return referenced;
        }
      } catch (RuntimeException | LinkageError failure) {
        // Not knowing which glue is named, generate all of it: nothing the build needs is lost.
      }
    }
    return type -> true;
  }

  private void reportChecksDisabled(String problem) {
    String message =
        "[custody] ownership checks are disabled: "
            + problem
            + ". Custody checks code only when compiled by javac (JDK 17 or later).";
    if (options.requireJavac()) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              message + " (-A" + CustodyOptions.REQUIRE_JAVAC + " makes this an error)");
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, message);
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      roots.addAll(round.getRootElements());

      // ---- Drop glue --------------------------------------------------------------------------
      // Code generation for owned types is called here, once per round, with processingEnv (the
      // possibly wrapped environment, whose Filer build tools track) and round.getRootElements().
      // It must pass the originating type to Filer.createSourceFile: the processor is registered
      // with Gradle as "isolating" (META-INF/gradle/incremental.annotation.processors).
      // ------------------------------------------------------------------------------------------
      if (dropGlue == null) {
        OwnershipModel model =
            new OwnershipModel(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        dropGlue = new DropGlueGenerator(processingEnv, model, glueWanted());
      }
      dropGlue.process(round);
    } catch (RuntimeException failure) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.WARNING, "[custody:internal-error] processing failed: " + failure);
    }
    return false;
  }
}
