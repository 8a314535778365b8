package dev.custody.processor.analysis;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import dev.custody.processor.model.CallRelevance;
import dev.custody.processor.model.OwnershipModel;
import dev.custody.processor.rules.DeclarationRules;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One cheap pass over a body before the flow analysis: does it touch anything Custody tracks (most
 * code does not, and is skipped)? It stops at the first thing that does: the flow analysis reads
 * the whole body anyway, and checks the annotated local declarations as it reaches them. Only a
 * body the checks found something in gets a second pass, {@link #isRejected}: did javac already
 * reject it (then nothing is reported from it: javac's own errors come first).
 */
final class BodyPrescan extends DirectScanner {
  private final Trees trees;
  private final OwnershipModel model;
  private final TreePath body;

  private BodyPrescan(Trees trees, OwnershipModel model, TreePath body) {
    this.trees = trees;
    this.model = model;
    this.body = body;
  }

  /**
   * Whether {@code body} touches a tracked type, a call that moves, drops, lends or hands out an
   * owned value, or a declaration with an ownership annotation (whose check needs the analysis).
   */
  static boolean isRelevant(Trees trees, OwnershipModel model, TreePath body) {
    BodyPrescan scan = new BodyPrescan(trees, model, body);
    scan.scan(body.getLeaf(), null);
    return scan.done;
  }

  /** Whether javac rejected {@code body}; asked only of bodies Custody would report from. */
  static boolean isRejected(Trees trees, TreePath body) {
    return RejectedBody.isRejected(trees, body);
  }

  private TreePath at(Tree tree) {
    return leafPath(body, tree);
  }

  /**
   * A path from {@code body} straight to {@code tree}. Both scans here run over many bodies, so
   * they keep no path per node (unlike a TreePathScanner): Trees answers a type or an element from
   * the path's last node, and any path inside the body leads from that node to the enclosing class.
   */
  private static TreePath leafPath(TreePath body, Tree tree) {
    return new TreePath(body, tree);
  }

  private void checkType(Tree tree) {
    if (!done && model.isTracked(trees.getTypeMirror(at(tree)))) {
      done = true;
    }
  }

  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    if (DeclarationRules.mayCarryOwnershipAnnotation(node.getModifiers(), model.names())) {
      Element e = trees.getElement(at(node));
      if (model.isMarkedOwned(e) || model.isMarkedBorrowed(e)) {
        done = true;
        return null;
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
    checkType(node);
    return super.visitNewClass(node, unused);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    if (!done) {
      TreePath call = at(node);
      Element e = trees.getElement(call);
      CallRelevance relevance =
          e instanceof ExecutableElement
              ? model.callRelevance((ExecutableElement) e)
              : CallRelevance.IF_RESULT_TRACKED;
      if (relevance == CallRelevance.TOUCHES_OWNERSHIP
          || (relevance == CallRelevance.IF_RESULT_TRACKED
              && model.isTracked(trees.getTypeMirror(call)))) {
        done = true;
      }
    }
    return super.visitMethodInvocation(node, unused);
  }

  /**
   * javac leaves its verdict on the trees it rejected: an error type on the offending expression
   * (not only on names it could not resolve, also on an {@code int x = "x"} initializer), no type
   * where attribution never ran, or a call it could not resolve to a method. One such expression
   * rejects the whole body.
   */
  private static final class RejectedBody extends TreeScanner<Void, Void> {
    private final Trees trees;
    private final TreePath body;
    private boolean rejected;

    private RejectedBody(Trees trees, TreePath body) {
      this.trees = trees;
      this.body = body;
    }

    static boolean isRejected(Trees trees, TreePath body) {
      RejectedBody scan = new RejectedBody(trees, body);
      scan.scan(body.getLeaf(), null);
      return scan.rejected;
    }

    private TreePath at(Tree tree) {
      return leafPath(body, tree);
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      if (tree == null || rejected) {
        return null;
      }
      if (tree instanceof ExpressionTree || tree instanceof VariableTree) {
        TypeMirror type = trees.getTypeMirror(at(tree));
        if (type != null && type.getKind() == TypeKind.ERROR) {
          rejected = true;
          return null;
        }
      }
      return super.scan(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      if (trees.getTypeMirror(at(node)) == null) {
        // Never attributed: javac stopped before this body.
        rejected = true;
      }
      return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      if (trees.getElement(at(node)) == null) {
        rejected = true;
      }
      return super.visitMethodInvocation(node, unused);
    }
  }
}
