package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.BORROW_ESCAPES;
import static dev.custody.processor.diagnostics.DiagnosticKind.DOUBLE_DROP;
import static dev.custody.processor.diagnostics.DiagnosticKind.FIELD_NOT_DROPPED;
import static dev.custody.processor.diagnostics.DiagnosticKind.LEAK;
import static dev.custody.processor.diagnostics.DiagnosticKind.MOVE_OF_BORROWED;
import static dev.custody.processor.diagnostics.DiagnosticKind.MOVE_WHILE_BORROWED;
import static dev.custody.processor.diagnostics.DiagnosticKind.USE_AFTER_DROP;
import static dev.custody.processor.diagnostics.DiagnosticKind.USE_AFTER_MOVE;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.custody.processor.model.Ownership;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every ownership rule in one place: the flow analysis calls these at the events of a body (a use,
 * a move, a drop, an overwrite, a scope exit) with the state that reaches them; each decides
 * whether that is an error, reports it in the user's terms, and applies the event to the state.
 */
final class Rules {
  private final Findings findings;
  private final IntFunction<TrackedVar> vars;
  private final MethodFrame frame;

  Rules(Findings findings, IntFunction<TrackedVar> vars, MethodFrame frame) {
    this.findings = findings;
    this.vars = vars;
    this.frame = frame;
  }

  private long line(TreePath p) {
    return findings.line(p);
  }

  // ---------------------------------------------------------------- uses

  /** A tracked variable is read: its value must still be there. */
  void usedRef(FlowState s, TrackedVar v, TreePath at) {
    if (v == null || !s.alive) {
      return;
    }
    int i = v.index;
    if (v.isOwner()) {
      if (s.moved.get(i)) {
        findings.report(
            USE_AFTER_MOVE, at, v.element, v.display() + " is used after it was moved" + moveSite(s, i, at));
        noteSite(USE_AFTER_MOVE, s.moveSite[i], v, "value moved here");
      } else if (s.dropped.get(i)) {
        findings.report(
            USE_AFTER_DROP,
            at,
            v.element,
            v.display() + " is used after it was dropped" + at(s.dropSite[i]));
        noteSite(USE_AFTER_DROP, s.dropSite[i], v, "value dropped here");
      }
    } else if (s.invalid.get(i)) {
      TreePath site = s.invalidSite[i];
      String owner = ownerOf(s, i);
      findings.report(
          MOVE_WHILE_BORROWED,
          site,
          v.element,
          owner
              + " is moved or dropped while "
              + v.display()
              + " still borrows it: "
              + v.display()
              + " is used later at line "
              + line(at));
    }
  }

  private String ownerOf(FlowState s, int borrow) {
    BitSet sources = s.sourcesOf(borrow);
    if (sources != null) {
      for (int o = sources.nextSetBit(0); o >= 0; o = sources.nextSetBit(o + 1)) {
        if (s.moved.get(o) || s.dropped.get(o)) {
          return vars.apply(o).display();
        }
      }
      if (!sources.isEmpty()) {
        return vars.apply(sources.nextSetBit(0)).display();
      }
    }
    return "its owner";
  }

  private String moveSite(FlowState s, int i, TreePath use) {
    TreePath site = s.moveSite[i];
    if (site == null) {
      return "";
    }
    String where = " at line " + line(site);
    if (findings.start(site.getLeaf()) >= findings.start(use.getLeaf()) && insideLoop(use)) {
      where += ", in a previous iteration of the loop";
    }
    return where;
  }

  private static boolean insideLoop(TreePath p) {
    for (TreePath q = p; q != null; q = q.getParentPath()) {
      switch (q.getLeaf().getKind()) {
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

  private String at(TreePath site) {
    return site == null ? "" : " at line " + line(site);
  }

  private void noteSite(
      dev.custody.processor.diagnostics.DiagnosticKind kind, TreePath site, TrackedVar v, String text) {
    if (site != null) {
      findings.note(kind, site, v.element, v.display() + ": " + text);
    }
  }

  /** A value is looked at without being taken: a fresh owned value here is never dropped. */
  void used(FlowState s, Value v) {
    for (Value.Ref r : v.refs) {
      usedRef(s, r.var, r.at);
    }
    if (v.fresh != null) {
      leakOfTemporary(v.fresh, "is used and then discarded");
    }
  }

  void receiverUsed(FlowState s, Value v) {
    for (Value.Ref r : v.refs) {
      usedRef(s, r.var, r.at);
    }
    if (v.fresh != null) {
      leakOfTemporary(v.fresh, "is used as a temporary receiver and never closed");
    }
  }

  void passed(FlowState s, Value v, TreePath at) {
    for (Value.Ref r : v.refs) {
      usedRef(s, r.var, r.at);
    }
    if (v.fresh != null) {
      leakOfTemporary(v.fresh, "is passed to a parameter that only borrows it, so nobody closes it");
    }
  }

  /** An expression statement: its value, if fresh, is lost. */
  void discarded(FlowState s, Value v) {
    if (v.fresh != null) {
      leakOfTemporary(v.fresh, "is discarded");
    }
  }

  /** Assigned to a variable that does not own it ({@code Object o = open()}). */
  void storedInNonOwner(FlowState s, Value v, TreePath at) {
    for (Value.Ref r : v.refs) {
      usedRef(s, r.var, r.at);
    }
    if (v.fresh != null) {
      String target = targetName(at.getLeaf());
      leakOfTemporary(
          v.fresh,
          target == null
              ? "is stored where nothing owns it"
              : "is stored in '" + target + "', which does not own it (declare it @Owned)");
    }
  }

  private static String targetName(Tree tree) {
    if (tree instanceof com.sun.source.tree.VariableTree) {
      return ((com.sun.source.tree.VariableTree) tree).getName().toString();
    }
    if (tree instanceof com.sun.source.tree.AssignmentTree) {
      return describe(((com.sun.source.tree.AssignmentTree) tree).getVariable());
    }
    return null;
  }

  private void leakOfTemporary(TreePath at, String what) {
    findings.report(
        LEAK,
        at,
        null,
        "the owned value of '"
            + describe(at.getLeaf())
            + "' "
            + what
            + "; assign it to an owner, close it, or open it in a try-with-resources");
  }

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
    if (tree instanceof com.sun.source.tree.MemberReferenceTree) {
      com.sun.source.tree.MemberReferenceTree ref = (com.sun.source.tree.MemberReferenceTree) tree;
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
    return tree.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  // ---------------------------------------------------------------- borrows

  boolean isBorrowed(Value v) {
    if (v.borrowed != null) {
      return true;
    }
    for (Value.Ref r : v.refs) {
      if (r.var.isBorrow()) {
        return true;
      }
    }
    return false;
  }

  /** A borrow stored where it outlives the call: a field, a static, an array element. */
  void escapedToField(FlowState s, Value v, TreePath at) {
    for (Value.Ref r : v.refs) {
      usedRef(s, r.var, r.at);
      if (r.var.isBorrow() || (r.var.role == TrackedVar.Role.FIELD && frame.kind != MethodFrame.Kind.CLOSE)) {
        findings.report(
            BORROW_ESCAPES,
            r.at,
            r.var.element,
            r.var.display() + " is borrowed and cannot be stored where it outlives the borrow; store an owner instead, or pass the borrow on as an argument");
      }
    }
    if (v.borrowed != null && v.refs.isEmpty()) {
      findings.report(
          BORROW_ESCAPES,
          v.borrowed,
          null,
          borrowedThing(v) + " cannot be stored where it outlives the borrow; pass it on as an argument instead");
    }
    if (v.fresh != null) {
      leakOfTemporary(v.fresh, "is stored where nothing owns it");
    }
  }

  /** How a message names a borrowed value: the variables a lambda captured, or the expression. */
  private static String borrowedThing(Value v) {
    if (!v.captured.isEmpty()) {
      StringBuilder names = new StringBuilder();
      for (TrackedVar c : v.captured) {
        names.append(names.length() == 0 ? "" : ", ").append(c.display());
      }
      return "'" + describe(v.borrowed.getLeaf()) + "' borrows " + names + " and";
    }
    return "'" + describe(v.borrowed.getLeaf()) + "' is borrowed and";
  }

  /** {@code r::close}: a method reference that would drop a variable it only captures. */
  void closedByReference(TrackedVar v, TreePath at) {
    findings.report(
        MOVE_OF_BORROWED,
        at,
        v.element,
        v.display() + " is only borrowed by the method reference '" + describe(at.getLeaf()) + "', which cannot close it; close " + v.display() + " itself");
  }

  /** {@code try (x)} on an existing variable: the try will close it, so it must own it. */
  void namedInTry(FlowState s, Value v, TreePath at) {
    for (Value.Ref r : v.refs) {
      if (r.var.isOwner() && !s.moved.get(r.var.index) && s.dropped.get(r.var.index)) {
        findings.report(
            DOUBLE_DROP,
            r.at,
            r.var.element,
            r.var.display() + " may be dropped twice: it was already dropped" + at(s.dropSite[r.var.index]) + " and this try-with-resources closes it again");
      } else if (r.var.isOwner()) {
        usedRef(s, r.var, r.at);
      }
      if (r.var.isBorrow()) {
        moveOfBorrow(r.var, r.at, "closed by this try-with-resources");
      }
    }
    if (v.borrowed != null && v.refs.isEmpty()) {
      moveOfBorrowedExpression(v.borrowed, "closed by this try-with-resources");
    }
  }

  private void moveOfBorrow(TrackedVar v, TreePath at, String how) {
    String fix =
        v.role == TrackedVar.Role.RESOURCE
            ? "the try-with-resources that declares it owns the value"
            : "only its owner may move or close it; take it as an @Owned parameter if this code must own it";
    findings.report(
        MOVE_OF_BORROWED, at, v.element, v.display() + " is borrowed and cannot be " + how + ": " + fix);
  }

  private void moveOfBorrowedExpression(TreePath at, String how) {
    findings.report(
        MOVE_OF_BORROWED,
        at,
        null,
        "'"
            + describe(at.getLeaf())
            + "' is borrowed and cannot be "
            + how
            + "; only its owner may move or close it (declare a local '@Borrowed' to use it)");
  }

  void invalidateBorrowsOf(FlowState s, int owner, TreePath site, int count) {
    for (int b = 0; b < count && b < s.sources.length; b++) {
      BitSet sources = s.sources[b];
      if (sources != null && sources.get(owner)) {
        s.invalid.set(b);
        s.invalidSite[b] = site;
      }
    }
  }

  // ---------------------------------------------------------------- moves and drops

  /** {@code v} moves to a new owner: the owner it leaves must still hold it. */
  void moved(FlowState s, Value v, TreePath at, BitSet ownedByTry) {
    boolean several = v.refs.size() > 1;
    for (Value.Ref r : v.refs) {
      TrackedVar var = r.var;
      int i = var.index;
      if (var.isBorrow()) {
        moveOfBorrow(var, r.at, "moved");
        continue;
      }
      if (ownedByTry.get(i)) {
        findings.report(
            MOVE_OF_BORROWED,
            r.at,
            var.element,
            var.display() + " is owned by the enclosing try-with-resources, which will close it; it cannot be moved out");
        continue;
      }
      if (s.moved.get(i) || s.dropped.get(i)) {
        usedRef(s, var, r.at);
      }
      if (several) {
        s.moved.set(i);
        s.moveSite[i] = r.at;
      } else {
        s.markMoved(i, r.at);
      }
      invalidateBorrowsOf(s, i, r.at, s.sources.length);
    }
    if (v.borrowed != null && v.refs.isEmpty()) {
      moveOfBorrowedExpression(v.borrowed, "moved");
    }
  }

  /** {@code close()} on {@code v}. */
  void dropped(FlowState s, Value v, TreePath at, BitSet ownedByTry, int count) {
    for (Value.Ref r : v.refs) {
      TrackedVar var = r.var;
      int i = var.index;
      if (var.role == TrackedVar.Role.RESOURCE) {
        findings.report(
            DOUBLE_DROP,
            r.at,
            var.element,
            var.display() + " is closed here and again by its try-with-resources at line " + line(var.declaration) + "; remove this close()");
        continue;
      }
      if (var.isBorrow()) {
        moveOfBorrow(var, r.at, "closed");
        continue;
      }
      if (ownedByTry.get(i)) {
        findings.report(
            DOUBLE_DROP,
            r.at,
            var.element,
            var.display() + " is closed here and again by the enclosing try-with-resources; remove this close()");
        continue;
      }
      if (s.moved.get(i)) {
        usedRef(s, var, r.at);
      } else if (s.dropped.get(i)) {
        findings.report(
            DOUBLE_DROP,
            r.at,
            var.element,
            var.display() + " may be dropped twice: it was already dropped" + at(s.dropSite[i]));
        noteSite(DOUBLE_DROP, s.dropSite[i], var, "first dropped here");
      }
      if (var.role == TrackedVar.Role.FIELD
          && frame.kind == MethodFrame.Kind.CLOSE
          && s.empty.get(i)) {
        findings.report(
            FIELD_NOT_DROPPED,
            var.declaration,
            var.element,
            var.display() + " may be null when close() drops it at line " + line(r.at) + "; write 'if (" + var.name + " != null) " + var.name + ".close()' or close it in a try-with-resources");
      }
      s.markDropped(i, r.at);
      s.empty.clear(i);
      invalidateBorrowsOf(s, i, r.at, count);
    }
    if (v.borrowed != null && v.refs.isEmpty()) {
      Tree leaf = v.borrowed.getLeaf();
      boolean self =
          leaf instanceof IdentifierTree
              && (((IdentifierTree) leaf).getName().contentEquals("this")
                  || ((IdentifierTree) leaf).getName().contentEquals("super"));
      if (!(self && frame.kind == MethodFrame.Kind.CLOSE)) {
        moveOfBorrowedExpression(v.borrowed, "closed");
      }
    }
  }

  /** An owner is assigned again: a value it still holds would be lost. */
  void overwritten(FlowState s, TrackedVar v, TreePath at) {
    if (s.alive && s.holds.get(v.index)) {
      findings.report(
          LEAK,
          at,
          v.element,
          v.display() + " may leak: it still owns a value when it is assigned again at line " + line(at) + "; close or move it first");
    }
  }

  /** A value leaves the body through {@code return}. */
  void returned(FlowState s, MethodFrame frame, Value v, TreePath at, BitSet ownedByTry) {
    if (frame.result == Ownership.OWNED) {
      moved(s, v, at, ownedByTry);
      return;
    }
    if (frame.result == Ownership.BORROWED) {
      for (Value.Ref r : v.refs) {
        usedRef(s, r.var, r.at);
      }
      if (v.fresh != null) {
        findings.report(
            LEAK,
            v.fresh,
            null,
            "a @Borrowed method returns the fresh owned value of '" + describe(v.fresh.getLeaf()) + "': nobody would close it; return a borrow, or make the method's result owned");
      }
      return;
    }
    for (Value.Ref r : v.refs) {
      usedRef(s, r.var, r.at);
      if (r.var.isBorrow()) {
        findings.report(
            BORROW_ESCAPES,
            r.at,
            r.var.element,
            r.var.display() + " is borrowed and cannot be returned from a method that is not @Borrowed; mark the method @Borrowed");
      }
    }
    if (v.borrowed != null && v.refs.isEmpty()) {
      findings.report(
          BORROW_ESCAPES,
          v.borrowed,
          null,
          borrowedThing(v) + " cannot be returned from a method that is not @Borrowed; mark the method @Borrowed");
    }
    if (v.fresh != null) {
      leakOfTemporary(v.fresh, "is returned from a method whose result is not owned");
    }
  }

  // ---------------------------------------------------------------- scope exits

  private static final String FIX = "close it (try-with-resources) or move it before";

  /** A jump leaves the scope of {@code scope}'s variables. */
  void scopeExit(List<TrackedVar> scope, FlowState s, TreePath site, String how) {
    if (!s.alive) {
      return;
    }
    for (TrackedVar v : scope) {
      if (v.role == TrackedVar.Role.OWNER && s.holds.get(v.index)) {
        findings.report(
            LEAK,
            v.declaration,
            v.element,
            v.display() + " may leak: it still owns a value when the " + how + " at line " + line(site) + " leaves its scope; " + FIX);
      }
    }
  }

  /** Control reaches the end of the block that declares {@code scope}'s variables. */
  void scopeEnd(List<TrackedVar> scope, FlowState s, TreePath block) {
    for (TrackedVar v : scope) {
      if (v.role == TrackedVar.Role.OWNER && s.holds.get(v.index)) {
        findings.report(
            LEAK,
            v.declaration,
            v.element,
            v.display() + " may leak: it still owns a value at the end of its scope at line " + findings.endLine(block.getLeaf()) + "; " + FIX);
      }
    }
  }

  /** The body is left through {@code return} or a throw. */
  void methodExit(
      MethodFrame frame, List<TrackedVar> scope, FlowState s, TreePath site, PendingExit.Kind kind) {
    if (!s.alive) {
      return;
    }
    exitChecks(frame, scope, s, "the " + kind.word + " at line " + line(site), kind == PendingExit.Kind.THROW);
  }

  void methodEnd(MethodFrame frame, List<TrackedVar> scope, FlowState s, TreePath body, boolean expression) {
    String where =
        expression ? "the end of the lambda at line " + findings.endLine(body.getLeaf())
            : "the end of the method at line " + findings.endLine(body.getLeaf());
    exitChecks(frame, scope, s, where, false);
  }

  private void exitChecks(
      MethodFrame frame, List<TrackedVar> scope, FlowState s, String where, boolean throwing) {
    for (TrackedVar v : scope) {
      int i = v.index;
      switch (v.role) {
        case OWNED_PARAM:
          if (s.holds.get(i)) {
            findings.report(
                LEAK,
                v.declaration,
                v.element,
                "@Owned parameter " + v.display() + " may leak: the method neither moves nor drops it before " + where + "; " + FIX);
          }
          break;
        case FIELD:
          fieldExit(frame, v, s, where, throwing);
          break;
        default:
          break;
      }
    }
  }

  private void fieldExit(MethodFrame frame, TrackedVar v, FlowState s, String where, boolean throwing) {
    int i = v.index;
    switch (frame.kind) {
      case CLOSE:
        if (s.holds.get(i)) {
          findings.report(
              FIELD_NOT_DROPPED,
              v.declaration,
              v.element,
              "owned " + v.display() + " may not be dropped by close() on " + where + "; drop every owned field on every path, e.g. 'try (a; b) {}' or the generated drop glue");
        }
        break;
      case CONSTRUCTOR:
        if (throwing && s.holds.get(i) && s.storeSite(i) != null) {
          findings.report(
              LEAK,
              s.storeSite(i),
              v.element,
              "the value stored into " + v.display() + " here leaks when the constructor fails at " + where.replace("the throw at", "line").replace("the ", "") + "; close it before throwing, or take it as an @Owned parameter");
        }
        break;
      case INSTANCE:
        if (!s.holds.get(i) && !s.empty.get(i) && (s.moved.get(i) || s.dropped.get(i))) {
          TreePath site = s.moved.get(i) ? s.moveSite[i] : s.dropSite[i];
          findings.report(
              MOVE_OF_BORROWED,
              site,
              v.element,
              v.display() + " of 'this' is borrowed: it is moved or closed here and not replaced before " + where + "; assign it a new value or null");
        } else if (s.moved.get(i) || s.dropped.get(i)) {
          TreePath site = s.moved.get(i) ? s.moveSite[i] : s.dropSite[i];
          findings.report(
              MOVE_OF_BORROWED,
              site,
              v.element,
              v.display() + " of 'this' is borrowed: it is moved or closed here and may not be replaced before " + where + "; assign it a new value or null");
        }
        break;
      default:
        break;
    }
  }
}
