package dev.custody.processor.analysis;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import java.util.Locale;

/** How messages name code: expressions in the user's words, sites by line. */
final class RuleSupport {
  private RuleSupport() {}

  /** A short name for an expression: {@code open(..)}, {@code new Res(..)}, {@code r::close}. */
  static String describe(Tree tree) {
    if (tree instanceof MethodInvocationTree) {
      Tree select = ((MethodInvocationTree) tree).getMethodSelect();
      if (select instanceof MemberSelectTree) {
        return ((MemberSelectTree) select).getIdentifier() + "(..)";
      }
      if (select instanceof IdentifierTree) {
        return ((IdentifierTree) select).getName() + "(..)";
      }
    }
    if (tree instanceof NewClassTree) {
      return "new " + ((NewClassTree) tree).getIdentifier() + "(..)";
    }
    if (tree instanceof IdentifierTree) {
      return ((IdentifierTree) tree).getName().toString();
    }
    if (tree instanceof MemberReferenceTree) {
      MemberReferenceTree ref = (MemberReferenceTree) tree;
      return describe(ref.getQualifierExpression()) + "::" + ref.getName();
    }
    if (tree.getKind() == Tree.Kind.LAMBDA_EXPRESSION) {
      return "lambda";
    }
    if (tree instanceof MemberSelectTree) {
      return describe(((MemberSelectTree) tree).getExpression())
          + "."
          + ((MemberSelectTree) tree).getIdentifier();
    }
    return tree.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A call with its receiver when that is a plain name: {@code inbox.close(..)}. */
  static String describeCall(Tree tree) {
    if (tree instanceof MethodInvocationTree
        && ((MethodInvocationTree) tree).getMethodSelect() instanceof MemberSelectTree) {
      MemberSelectTree select = (MemberSelectTree) ((MethodInvocationTree) tree).getMethodSelect();
      if (select.getExpression() instanceof IdentifierTree) {
        return ((IdentifierTree) select.getExpression()).getName() + "." + select.getIdentifier() + "(..)";
      }
    }
    return describe(tree);
  }

  /** " at line N", or nothing when the site is unknown or synthetic. */
  static String atLine(Findings findings, TreePath site) {
    long line = site == null ? -1 : findings.line(site);
    return line < 0 ? "" : " at line " + line;
  }

  /**
   * How messages name a way out of a scope: "the return at line 12", "the break at line 7", or,
   * for a call that may throw a checked exception, "an exception from 'read(..)' at line 9".
   */
  static String exit(Findings findings, PendingExit.Kind kind, TreePath site) {
    if (kind == PendingExit.Kind.THROW
        && site != null
        && site.getLeaf().getKind() != Tree.Kind.THROW) {
      return "an exception from '" + describeCall(site.getLeaf()) + "'" + atLine(findings, site);
    }
    return "the " + kind.word + atLine(findings, site);
  }

  /** Whether {@code path} lies in a loop of its own body (not of an enclosing method). */
  static boolean insideLoop(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      switch (p.getLeaf().getKind()) {
        case WHILE_LOOP:
        case DO_WHILE_LOOP:
        case FOR_LOOP:
        case ENHANCED_FOR_LOOP:
          return true;
        case METHOD:
        case LAMBDA_EXPRESSION:
        case CLASS:
          return false;
        default:
          break;
      }
    }
    return false;
  }
}
