package dev.custody.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * The owned fields that {@code close()} need not null-check: final fields whose every assignment
 * (initializer or constructor) is a {@code new} expression or a {@code requireNonNull} check.
 * javac's definite assignment guarantees that every constructor that returns has assigned them,
 * and neither can be null.
 */
final class NonNullFields {
  private NonNullFields() {}

  static Set<VariableElement> of(Trees trees, TreePath classPath, List<VariableElement> fields) {
    Set<VariableElement> candidates = new HashSet<>();
    for (VariableElement field : fields) {
      if (field.getModifiers().contains(Modifier.FINAL)) {
        candidates.add(field);
      }
    }
    if (candidates.isEmpty() || !(classPath.getLeaf() instanceof ClassTree)) {
      return Set.of();
    }
    Set<VariableElement> assignedNew = new HashSet<>();
    Set<VariableElement> assignedOther = new HashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        Element e = trees.getElement(getCurrentPath());
        if (candidates.contains(e) && node.getInitializer() != null) {
          (isNew(node.getInitializer()) ? assignedNew : assignedOther).add((VariableElement) e);
        }
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        Element e = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
        if (candidates.contains(e)) {
          (isNew(node.getExpression()) ? assignedNew : assignedOther).add((VariableElement) e);
        }
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        // Nested classes cannot assign this class's final fields.
        return node == classPath.getLeaf() ? super.visitClass(node, unused) : null;
      }
    }.scan(classPath, null);
    assignedNew.removeAll(assignedOther);
    return assignedNew;
  }

  /** A {@code new} expression, or {@code Objects.requireNonNull(..)} of anything. */
  private static boolean isNew(ExpressionTree e) {
    while (e instanceof ParenthesizedTree) {
      e = ((ParenthesizedTree) e).getExpression();
    }
    if (e instanceof MethodInvocationTree) {
      ExpressionTree select = ((MethodInvocationTree) e).getMethodSelect();
      String name =
          select instanceof MemberSelectTree
              ? ((MemberSelectTree) select).getIdentifier().toString()
              : select instanceof IdentifierTree ? ((IdentifierTree) select).getName().toString() : "";
      return name.equals("requireNonNull");
    }
    return e.getKind() == Tree.Kind.NEW_CLASS;
  }
}
