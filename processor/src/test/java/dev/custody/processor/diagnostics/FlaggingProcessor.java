package dev.custody.processor.diagnostics;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Drives {@link JavacReporter} from the compiled code itself, independently of the analysis: every
 * call {@code flag("<kind>", subject)} is reported as a finding of that kind on the call, with the
 * variable named by the second argument as its subject; {@code note("<kind>")} reports a note,
 * {@code crash()} an internal error; a class whose name ends in {@code Synthetic} gets a finding on
 * its synthetic default constructor.
 */
@SupportedAnnotationTypes("*")
final class FlaggingProcessor extends AbstractProcessor {
  private final boolean errors;
  private final Path sarifFile;

  FlaggingProcessor(boolean errors, Path sarifFile) {
    this.errors = errors;
    this.sarifFile = sarifFile;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Trees trees = Trees.instance(environment);
    SarifReport sarif = sarifFile == null ? null : new SarifReport();
    JavacReporter reporter = new JavacReporter(trees, errors, sarif);
    JavacTask.instance(environment)
        .addTaskListener(
            new TaskListener() {
              @Override
              public void finished(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
                  new Flagger(trees, reporter).scan(trees.getPath(event.getTypeElement()), null);
                } else if (event.getKind() == TaskEvent.Kind.COMPILATION && sarif != null) {
                  try {
                    sarif.writeTo(sarifFile);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              }
            });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }

  private static final class Flagger extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final JavacReporter reporter;

    Flagger(Trees trees, JavacReporter reporter) {
      this.trees = trees;
      this.reporter = reporter;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      if (tree.getSimpleName().toString().endsWith("Synthetic")) {
        TypeElement type = (TypeElement) trees.getElement(getCurrentPath());
        for (ExecutableElement constructor :
            ElementFilter.constructorsIn(type.getEnclosedElements())) {
          reporter.report(DiagnosticKind.LEAK, trees.getPath(constructor), null, "synthetic");
        }
      }
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      ExpressionTree callee = call.getMethodSelect();
      if (callee instanceof IdentifierTree) {
        String name = ((IdentifierTree) callee).getName().toString();
        if (name.equals("flag")) {
          reporter.report(kindOf(call), getCurrentPath(), subjectOf(call), "flagged here");
        } else if (name.equals("note")) {
          reporter.note(kindOf(call), getCurrentPath(), null, "noted here");
        } else if (name.equals("crash")) {
          reporter.internalError(
              getCurrentPath(),
              JavacReporter.nameOf(getCurrentPath()),
              new IllegalStateException("boom"));
        }
      }
      return super.visitMethodInvocation(call, unused);
    }

    private static DiagnosticKind kindOf(MethodInvocationTree call) {
      Object kind = ((LiteralTree) call.getArguments().get(0)).getValue();
      return DiagnosticKind.fromId((String) kind);
    }

    private Element subjectOf(MethodInvocationTree call) {
      if (call.getArguments().size() < 2) {
        return null;
      }
      Tree subject = call.getArguments().get(1);
      return trees.getElement(new TreePath(getCurrentPath(), subject));
    }
  }
}
