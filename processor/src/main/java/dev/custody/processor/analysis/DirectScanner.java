package dev.custody.processor.analysis;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.List;

/**
 * A scan for the values a piece of code names, that hands each child straight to its own visit.
 * TreeScanner's visits make three more calls per child (scan, scanAndReduce, reduce), and they are
 * code javac never runs itself: in a fresh JVM they run interpreted for much of a compilation,
 * where each call costs. Only the most common kinds are here; the others keep TreeScanner's visits,
 * which lead back to these. Parts that hold no value are skipped: declared types, type arguments,
 * annotations, the name of a called method.
 *
 * <p>A subclass that has found what it looks for sets {@link #done}: the rest is skipped.
 */
abstract class DirectScanner extends TreeScanner<Void, Void> {
  /** Set when the scan has its answer. */
  boolean done;

  /** Visits each of {@code trees}, none null, until done. */
  final void walk(List<? extends Tree> trees) {
    for (Tree tree : trees) {
      if (done) {
        return;
      }
      tree.accept(this, null);
    }
  }

  @Override
  public Void scan(Tree tree, Void unused) {
    return done || tree == null ? null : tree.accept(this, null);
  }

  @Override
  public Void visitBlock(BlockTree node, Void unused) {
    walk(node.getStatements());
    return null;
  }

  @Override
  public Void visitExpressionStatement(ExpressionStatementTree node, Void unused) {
    return node.getExpression().accept(this, null);
  }

  @Override
  public Void visitReturn(ReturnTree node, Void unused) {
    return scan(node.getExpression(), null);
  }

  @Override
  public Void visitIf(IfTree node, Void unused) {
    node.getCondition().accept(this, null);
    node.getThenStatement().accept(this, null);
    return scan(node.getElseStatement(), null);
  }

  @Override
  public Void visitParenthesized(ParenthesizedTree node, Void unused) {
    return node.getExpression().accept(this, null);
  }

  @Override
  public Void visitBinary(BinaryTree node, Void unused) {
    node.getLeftOperand().accept(this, null);
    return node.getRightOperand().accept(this, null);
  }

  @Override
  public Void visitUnary(UnaryTree node, Void unused) {
    return node.getExpression().accept(this, null);
  }

  @Override
  public Void visitAssignment(AssignmentTree node, Void unused) {
    node.getVariable().accept(this, null);
    return node.getExpression().accept(this, null);
  }

  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
    node.getVariable().accept(this, null);
    return node.getExpression().accept(this, null);
  }

  @Override
  public Void visitArrayAccess(ArrayAccessTree node, Void unused) {
    node.getExpression().accept(this, null);
    return node.getIndex().accept(this, null);
  }

  @Override
  public Void visitConditionalExpression(ConditionalExpressionTree node, Void unused) {
    node.getCondition().accept(this, null);
    node.getTrueExpression().accept(this, null);
    return node.getFalseExpression().accept(this, null);
  }

  @Override
  public Void visitThrow(ThrowTree node, Void unused) {
    return node.getExpression().accept(this, null);
  }

  /** The initializer only: the declared type and the annotations hold no values. */
  @Override
  public Void visitVariable(VariableTree node, Void unused) {
    return scan(node.getInitializer(), null);
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree node, Void unused) {
    return node.getExpression().accept(this, null);
  }

  /** Not the class name or type arguments: only the enclosing instance, arguments and body. */
  @Override
  public Void visitNewClass(NewClassTree node, Void unused) {
    scan(node.getEnclosingExpression(), null);
    walk(node.getArguments());
    return scan(node.getClassBody(), null);
  }

  @Override
  public Void visitAnnotation(AnnotationTree node, Void unused) {
    return null; // constants only
  }

  /**
   * The qualifier and the arguments: a method's name has a method type, never a value's, and type
   * arguments hold no values.
   */
  @Override
  public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
    if (node.getMethodSelect() instanceof MemberSelectTree) {
      ((MemberSelectTree) node.getMethodSelect()).getExpression().accept(this, null);
    }
    walk(node.getArguments());
    return null;
  }
}
