package dev.custody.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.custody.processor.model.Ownership;
import dev.custody.processor.model.OwnershipModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * The owned fields that {@code close()} need not null-check: final fields whose every assignment
 * (initializer or constructor) is a {@code new} expression, a {@code requireNonNull} check or
 * an owned result.
 * javac's definite assignment guarantees that every constructor that returns has assigned them,
 * and neither can be null.
 */
final class NonNullFields {
  private final Trees trees;
  private final OwnershipModel model;

  private NonNullFields(Trees trees, OwnershipModel model) {
    this.trees = trees;
    this.model = model;
  }

  static Set<VariableElement> of(
      Trees trees, OwnershipModel model, TreePath classPath, List<VariableElement> fields) {
    return new NonNullFields(trees, model).find(classPath, fields);
  }

  private Set<VariableElement> find(TreePath classPath, List<VariableElement> fields) {
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
          TreePath value = new TreePath(getCurrentPath(), node.getInitializer());
          (isNew(value) ? assignedNew : assignedOther).add((VariableElement) e);
        }
        return super.visitVariable(node, unused);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        Element e = trees.getElement(new TreePath(getCurrentPath(), node.getVariable()));
        if (candidates.contains(e)) {
          TreePath value = new TreePath(getCurrentPath(), node.getExpression());
          (isNew(value) ? assignedNew : assignedOther).add((VariableElement) e);
        }
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        // Nested classes cannot assign this class's final fields.
        return node == classPath.getLeaf() ? super.visitClass(node, unused) : null;
      }

      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        // Nor can methods: only constructors, initializers and the fields' own initializers.
        return node.getName().contentEquals("<init>") ? super.visitMethod(node, unused) : null;
      }
    }.scan(classPath, null);
    assignedNew.removeAll(assignedOther);
    return assignedNew;
  }

  /**
   * A {@code new} expression, {@code Objects.requireNonNull(..)}, or a call whose result is owned:
   * a method handing out a resource returns one (a factory that may return null says so with an
   * untracked or {@code Optional} type).
   */
  private boolean isNew(TreePath path) {
    ExpressionTree e = (ExpressionTree) path.getLeaf();
    while (e instanceof ParenthesizedTree) {
      e = ((ParenthesizedTree) e).getExpression();
      path = new TreePath(path, e);
    }
    if (e instanceof MethodInvocationTree) {
      ExpressionTree select = ((MethodInvocationTree) e).getMethodSelect();
      String name =
          select instanceof MemberSelectTree
              ? ((MemberSelectTree) select).getIdentifier().toString()
              : select instanceof IdentifierTree ? ((IdentifierTree) select).getName().toString() : "";
      Element method = trees.getElement(path);
      return name.equals("requireNonNull")
          || (method instanceof ExecutableElement
              && model.resultOf((ExecutableElement) method) == Ownership.OWNED);
    }
    return e.getKind() == Tree.Kind.NEW_CLASS;
  }
}
