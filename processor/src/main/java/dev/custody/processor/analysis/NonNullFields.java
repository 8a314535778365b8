package dev.custody.processor.analysis;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
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
import com.sun.source.util.TreeScanner;
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
    // Only the fields' initializers, the constructors and the initializer blocks can assign final
    // fields: the class's members are looked at directly, and only those are scanned.
    for (Tree member : ((ClassTree) classPath.getLeaf()).getMembers()) {
      TreePath memberPath = new TreePath(classPath, member);
      if (member instanceof VariableTree) {
        ExpressionTree initializer = ((VariableTree) member).getInitializer();
        if (initializer == null) {
          continue;
        }
        Element e = trees.getElement(memberPath);
        if (candidates.contains(e)) {
          TreePath value = new TreePath(memberPath, initializer);
          record((VariableElement) e, value, assignedNew, assignedOther);
        }
        scanAssignments(memberPath, initializer, candidates, assignedNew, assignedOther);
      } else if (member instanceof MethodTree && ((MethodTree) member).getReturnType() == null) {
        // A constructor (the only method without a result type).
        Tree body = ((MethodTree) member).getBody();
        scanAssignments(memberPath, body, candidates, assignedNew, assignedOther);
      } else if (member instanceof BlockTree) {
        scanAssignments(memberPath, member, candidates, assignedNew, assignedOther);
      }
    }
    assignedNew.removeAll(assignedOther);
    return assignedNew;
  }

  /**
   * Records the assignments to {@code candidates} in {@code code}. javac answers an element from
   * its node alone, so no path is kept per node: {@code memberPath} leads to the class.
   */
  private void scanAssignments(
      TreePath memberPath,
      Tree code,
      Set<VariableElement> candidates,
      Set<VariableElement> assignedNew,
      Set<VariableElement> assignedOther) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        Element e = trees.getElement(new TreePath(memberPath, node.getVariable()));
        if (candidates.contains(e)) {
          TreePath value = new TreePath(memberPath, node.getExpression());
          record((VariableElement) e, value, assignedNew, assignedOther);
        }
        return super.visitAssignment(node, unused);
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null; // a local or anonymous class cannot assign this class's final fields
      }
    }.scan(code, null);
  }

  private void record(
      VariableElement field,
      TreePath value,
      Set<VariableElement> assignedNew,
      Set<VariableElement> assignedOther) {
    (isNew(value) ? assignedNew : assignedOther).add(field);
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
