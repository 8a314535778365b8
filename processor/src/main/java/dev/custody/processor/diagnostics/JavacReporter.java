package dev.custody.processor.diagnostics;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports findings through javac ({@link Trees#printMessage}), so they fail the build at the right
 * {@code [line,col]} like any compiler error and appear in IDEs and build logs unchanged.
 *
 * <ul>
 *   <li>Messages start with {@link DiagnosticKind#prefix()}.
 *   <li>Findings are errors, or warnings with {@code -Acustody.warnings=true}; notes stay notes.
 *   <li>{@code @SuppressWarnings("custody")}/{@code ("custody:<kind>")} silence a finding and its
 *       notes (see {@link Suppressions}).
 *   <li>Synthetic trees are replaced by their nearest positioned ancestor (see {@link
 *       SourceLocator}); this class never throws into the analysis.
 * </ul>
 */
public final class JavacReporter implements Reporter {
  /** Prefix of internal-failure warnings: not a kind, so it can never be suppressed. */
  public static final String INTERNAL_ERROR_PREFIX = "[custody:internal-error] ";

  private final Trees trees;
  private final SourceLocator locator;
  private final Suppressions suppressions;
  private final boolean findingsAreErrors;
  private final SarifReport sarif;

  /**
   * @param findingsAreErrors false to report findings as warnings
   * @param sarif where findings are also recorded, or {@code null} when no report was asked for
   */
  public JavacReporter(Trees trees, boolean findingsAreErrors, SarifReport sarif) {
    this.trees = trees;
    this.locator = new SourceLocator(trees);
    this.suppressions = new Suppressions(trees);
    this.findingsAreErrors = findingsAreErrors;
    this.sarif = sarif;
  }

  @Override
  public void report(DiagnosticKind kind, TreePath at, Element subject, String message) {
    TreePath place = locator.positioned(at);
    if (place == null || suppressions.isSuppressed(kind, at, subject)) {
      return;
    }
    Diagnostic.Kind severity = findingsAreErrors ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
    print(severity, kind.prefix() + message, place);
    if (sarif != null) {
      sarif.addResult(kind, findingsAreErrors, kind.prefix() + message, locator.locate(place));
    }
  }

  @Override
  public void note(DiagnosticKind kind, TreePath at, Element subject, String message) {
    TreePath place = locator.positioned(at);
    if (place == null || suppressions.isSuppressed(kind, at, subject)) {
      return;
    }
    print(Diagnostic.Kind.NOTE, kind.prefix() + message, place);
  }

  @Override
  public void internalError(TreePath at, String what, Throwable failure) {
    String message =
        INTERNAL_ERROR_PREFIX
            + "the checker failed on "
            + what
            + ", which was not checked: "
            + describe(failure)
            + ". Please report this with the code that triggers it.";
    TreePath place = at == null ? null : locator.positioned(at);
    if (place != null) {
      print(Diagnostic.Kind.WARNING, message, place);
    }
    if (sarif != null) {
      sarif.addInternalError(message, place == null ? null : locator.locate(place));
    }
  }

  /** A failure reported before any tree is at hand (e.g. while writing the SARIF report). */
  public static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.toString());
    StackTraceElement[] frames = failure.getStackTrace();
    if (frames.length > 0) {
      text.append(" at ").append(frames[0]);
    }
    return text.toString();
  }

  /** A human name for the method or class at {@code path}, for internal-error warnings. */
  public static String nameOf(TreePath path) {
    StringBuilder name = new StringBuilder();
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof MethodTree && name.length() == 0) {
        String method = ((MethodTree) p.getLeaf()).getName().toString();
        name.append(method.equals("<init>") ? "a constructor" : "method " + method + "()");
        name.append(" in ");
      } else if (p.getLeaf() instanceof ClassTree) {
        String simpleName = ((ClassTree) p.getLeaf()).getSimpleName().toString();
        if (!simpleName.isEmpty()) {
          return name.append("class ").append(simpleName).toString();
        }
      }
    }
    return name.length() == 0 ? "a compilation unit" : name.toString();
  }

  private void print(Diagnostic.Kind severity, String message, TreePath place) {
    try {
      trees.printMessage(severity, message, place.getLeaf(), place.getCompilationUnit());
    } catch (RuntimeException unprintable) {
      // Never let a reporting problem escape into javac; the message itself is still worth having.
      trees.printMessage(severity, message, place.getCompilationUnit(), place.getCompilationUnit());
    }
  }
}
