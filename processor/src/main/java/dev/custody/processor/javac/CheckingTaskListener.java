package dev.custody.processor.javac;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.CustodyOptions;
import dev.custody.processor.analysis.OwnershipChecker;
import dev.custody.processor.diagnostics.JavacReporter;
import dev.custody.processor.diagnostics.SarifReport;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.TypeElement;

/**
 * Runs the checker on each root class once javac has attributed it (ANALYZE finished: method
 * bodies are typed, and flow errors have been reported), and writes the SARIF report when the
 * compilation finishes.
 *
 * <p>Nothing escapes this listener: javac turns an exception thrown by a listener into "An
 * exception has occurred in the compiler" and abandons the build. A failure becomes a warning that
 * names the class, and the other classes are still checked.
 */
final class CheckingTaskListener implements TaskListener {
  private final Trees trees;
  private final Supplier<OwnershipChecker> newChecker;
  private OwnershipChecker checker;
  private final JavacReporter reporter;
  private final Predicate<TypeElement> isRoot;
  private final SarifReport sarif;
  private final CustodyOptions options;
  private final Consumer<String> warnings;

  /**
   * @param newChecker makes the checker when the first class is analysed (a plug-in is set up
   *     before javac can look up types)
   * @param isRoot whether a class javac analysed belongs to this compilation's own sources
   * @param warnings prints a warning that belongs to no line of code
   */
  CheckingTaskListener(
      Trees trees,
      Supplier<OwnershipChecker> newChecker,
      Predicate<TypeElement> isRoot,
      CustodyOptions options,
      Consumer<String> warnings) {
    this.trees = trees;
    this.newChecker = newChecker;
    this.isRoot = isRoot;
    this.options = options;
    this.warnings = warnings;
    this.sarif = options.sarifFile() == null ? null : new SarifReport();
    this.reporter = new JavacReporter(trees, !options.warningsOnly(), sarif);
  }

  @Override
  public void started(TaskEvent event) {}

  @Override
  public void finished(TaskEvent event) {
    try {
      if (event.getKind() == TaskEvent.Kind.ANALYZE) {
        analyze(event.getTypeElement(), event.getCompilationUnit());
      } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
        writeSarifReport();
      }
    } catch (VirtualMachineError fatal) {
      if (!(fatal instanceof StackOverflowError)) {
        throw fatal;
      }
      containFailure(event, fatal);
    } catch (RuntimeException | LinkageError | AssertionError failure) {
      containFailure(event, failure);
    }
  }

  private void analyze(TypeElement type, CompilationUnitTree unit) {
    // Module and package descriptors have no type element; classes pulled in from -sourcepath are
    // not roots.
    if (type == null || unit == null || !isRoot.test(type)) {
      return;
    }
    TreePath classPath = classPath(unit, type);
    if (classPath == null) {
      return;
    }
    // Classes javac rejected would only produce noise next to javac's own errors: what is found
    // there is dropped. Asked only when there is something to report (most classes have nothing).
    BooleanSupplier rejected = () -> RejectedCode.isRejected(type, classPath, trees);
    try {
      if (checker == null) {
        checker = newChecker.get();
      }
      checker.check(classPath, reporter, rejected);
    } catch (VirtualMachineError fatal) {
      if (!(fatal instanceof StackOverflowError)) {
        throw fatal;
      }
      reporter.internalError(classPath, JavacReporter.nameOf(classPath), fatal);
    } catch (RuntimeException | LinkageError | AssertionError failure) {
      reporter.internalError(classPath, JavacReporter.nameOf(classPath), failure);
    }
    if (sarif != null && unit.getSourceFile() != null && !rejected.getAsBoolean()) {
      sarif.addAnalysedFile(unit.getSourceFile().toUri());
    }
  }

  /**
   * The path of a top-level class, found among its unit's declarations: {@code Trees.getPath}
   * searches the whole unit and ends the search by throwing, once per class compiled.
   */
  private TreePath classPath(CompilationUnitTree unit, TypeElement type) {
    TreePath unitPath = new TreePath(unit);
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        TreePath path = new TreePath(unitPath, declaration);
        if (type.equals(trees.getElement(path))) {
          return path;
        }
      }
    }
    return trees.getPath(type);
  }

  private void writeSarifReport() {
    if (sarif == null) {
      return;
    }
    try {
      sarif.writeTo(options.sarifFile());
    } catch (IOException | RuntimeException failure) {
      warnings.accept(
          JavacReporter.INTERNAL_ERROR_PREFIX
              + "could not write the SARIF report to "
              + options.sarifFile()
              + ": "
              + failure);
    }
  }

  /** Last line of defence, for failures outside a single class's check. */
  private void containFailure(TaskEvent event, Throwable failure) {
    String where =
        event.getTypeElement() != null
            ? "class " + event.getTypeElement().getQualifiedName()
            : "the " + event.getKind() + " step";
    warnings.accept(
        JavacReporter.INTERNAL_ERROR_PREFIX
            + "the checker failed on "
            + where
            + ": "
            + JavacReporter.describe(failure));
  }
}
