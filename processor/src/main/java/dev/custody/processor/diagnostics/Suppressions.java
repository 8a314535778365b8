package dev.custody.processor.diagnostics;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;

/**
 * Decides whether {@code @SuppressWarnings("custody")} or {@code @SuppressWarnings("custody:<kind>")}
 * silences a finding: on any class, method or variable declaration enclosing the reported tree, or
 * on the declaration of the variable the finding is about (which may live elsewhere, e.g. a field).
 */
final class Suppressions {
  static final String ALL = "custody";

  private final Trees trees;

  Suppressions(Trees trees) {
    this.trees = trees;
  }

  boolean isSuppressed(DiagnosticKind kind, TreePath at, Element subject) {
    if (suppresses(subject, kind)) {
      return true;
    }
    for (TreePath path = at; path != null; path = path.getParentPath()) {
      Tree leaf = path.getLeaf();
      if (leaf instanceof ClassTree || leaf instanceof MethodTree || leaf instanceof VariableTree) {
        if (suppresses(trees.getElement(path), kind)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code element}'s own {@code @SuppressWarnings} names all of Custody or this kind. */
  static boolean suppresses(Element element, DiagnosticKind kind) {
    if (element == null) {
      return false;
    }
    SuppressWarnings annotation = element.getAnnotation(SuppressWarnings.class);
    if (annotation == null) {
      return false;
    }
    String specific = ALL + ":" + kind.id();
    for (String value : annotation.value()) {
      if (ALL.equals(value) || specific.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
