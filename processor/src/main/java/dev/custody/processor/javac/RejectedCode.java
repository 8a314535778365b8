package dev.custody.processor.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises classes javac has already rejected. They still reach ANALYZE: javac announces it for
 * every class even when errors stopped it before attribution (a syntax error anywhere in the
 * compilation leaves every method body untyped) or left parts erroneous. Findings there would only
 * bury javac's own error, and the analysis would be reading half-built trees; the whole class is
 * skipped and checked again once it compiles.
 *
 * <p>Signs of rejection: the class's own type or a direct supertype did not resolve; an expression
 * typed as an error; a call or instance creation with no type at all (never attributed).
 */
final class RejectedCode {
  private RejectedCode() {}

  static boolean isRejected(TypeElement type, TreePath classPath, Trees trees) {
    if (isErroneous(type.asType()) || isErroneous(type.getSuperclass())) {
      return true;
    }
    for (TypeMirror implemented : type.getInterfaces()) {
      if (isErroneous(implemented)) {
        return true;
      }
    }
    return new UntypedExpressionFinder(trees).find(classPath);
  }

  private static boolean isErroneous(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.ERROR;
  }

  /** Scans until the first erroneous or unattributed expression. */
  private static final class UntypedExpressionFinder extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private boolean found;

    UntypedExpressionFinder(Trees trees) {
      this.trees = trees;
    }

    boolean find(TreePath classPath) {
      scan(classPath, null);
      return found;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      if (found || tree == null) {
        return null;
      }
      if (tree instanceof ExpressionTree) {
        TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
        boolean mustBeTyped = tree instanceof MethodInvocationTree || tree instanceof NewClassTree;
        if (isErroneous(type) || (type == null && mustBeTyped)) {
          found = true;
          return null;
        }
      }
      return super.scan(tree, unused);
    }
  }
}
