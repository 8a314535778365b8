package dev.custody.processor.analysis;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.custody.processor.model.Ownership;
import dev.custody.processor.model.OwnershipModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One cheap pass over a body before the flow analysis: does it touch anything Custody tracks (most
 * code does not, and is skipped), did javac already reject it (then it is not analysed: javac's own
 * errors come first), and which local declarations carry ownership annotations.
 */
final class BodyPrescan extends TreePathScanner<Void, Void> {
  private final Trees trees;
  private final OwnershipModel model;
  boolean relevant;
  boolean erroneous;
  final List<TreePath> annotatedLocals = new ArrayList<>();

  private BodyPrescan(Trees trees, OwnershipModel model) {
    this.trees = trees;
    this.model = model;
  }

  static BodyPrescan of(Trees trees, OwnershipModel model, TreePath body) {
    BodyPrescan scan = new BodyPrescan(trees, model);
    scan.scan(body, null);
    return scan;
  }

  /**
   * javac leaves its verdict on the trees it rejected: an error type on the offending expression
   * (not only on names it could not resolve, also on an {@code int x = "x"} initializer), or no type
   * at all where attribution never ran. One such expression makes the whole body skipped.
   */
  @Override
  public Void scan(Tree tree, Void unused) {
    if (tree == null || erroneous) {
      return null;
    }
    if (tree instanceof ExpressionTree) {
      TypeMirror type = trees.getTypeMirror(new TreePath(getCurrentPath(), tree));
      if (type != null && type.getKind() == TypeKind.ERROR) {
        erroneous = true;
        return null;
      }
    }
    return super.scan(tree, unused);
  }

  private void checkType(Tree tree) {
    TypeMirror type = trees.getTypeMirror(getCurrentPath());
    if (type == null) {
      return;
    }
    if (type.getKind() == TypeKind.ERROR) {
      erroneous = true;
    } else if (!relevant && model.isTracked(type)) {
      relevant = true;
    }
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    if (!node.getModifiers().getAnnotations().isEmpty()) {
      Element e = trees.getElement(getCurrentPath());
      if (OwnershipModel.isMarkedOwned(e) || OwnershipModel.isMarkedBorrowed(e)) {
        relevant = true;
        if (e != null && e.getKind() != ElementKind.PARAMETER) {
          annotatedLocals.add(getCurrentPath());
        }
      }
    }
    checkType(node);
    return super.visitVariable(node, unused);
  }

  @Override
  public Void visitIdentifier(IdentifierTree node, Void unused) {
    checkType(node);
    return null;
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree node, Void unused) {
    checkType(node);
    return super.visitMemberSelect(node, unused);
  }

  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    if (trees.getTypeMirror(getCurrentPath()) == null) {
      // Never attributed: javac stopped before this body.
      erroneous = true;
    }
    checkType(node);
    return super.visitNewClass(node, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    checkType(node);
    Element e = trees.getElement(getCurrentPath());
    if (e == null) {
      erroneous = true;
    } else if (!relevant && e instanceof ExecutableElement) {
      ExecutableElement method = (ExecutableElement) e;
      boolean close = method.getSimpleName().contentEquals("close") && method.getParameters().isEmpty();
      if (close || model.resultOf(method) != Ownership.NONE || model.consumesReceiver(method)) {
        relevant = true;
      } else {
        for (int i = 0; i < method.getParameters().size(); i++) {
          VariableElement p = method.getParameters().get(i);
          if (OwnershipModel.isMarkedOwned(p) || model.parameterOf(method, i) == Ownership.OWNED) {
            relevant = true;
            break;
          }
        }
      }
    }
    return super.visitMethodInvocation(node, unused);
  }
}
