package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import dev.custody.processor.model.Ownership;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The events of a body (a use, a move, a drop, an overwrite, a return, a scope exit) as the flow
 * analysis sees them. Each event applies its effect to the state and asks the rules it concerns
 * ({@link UseAfterMoveRule}, {@link LeakRule}, ...: one class per diagnostic kind) whether the state
 * that reaches it is an error.
 */
final class Rules {
  /**
   * The rules of one compilation unit, made once for all its bodies: a body is often a few
   * statements, and its set-up runs before the JIT has compiled any of it.
   */
  static final class Checks {
    private final Findings findings;
    private final UseAfterMoveRule useAfterMove;
    private final UseAfterDropRule useAfterDrop;
    private final DoubleDropRule doubleDrop;
    private final LeakRule leak;
    private final MoveOfBorrowedRule moveOfBorrowed;
    private final BorrowEscapesRule borrowEscapes;
    private final MoveWhileBorrowedRule moveWhileBorrowed;
    private final FieldNotDroppedRule fieldNotDropped;

    Checks(Findings findings) {
      this.findings = findings;
      this.useAfterMove = new UseAfterMoveRule(findings);
      this.useAfterDrop = new UseAfterDropRule(findings);
      this.doubleDrop = new DoubleDropRule(findings);
      this.leak = new LeakRule(findings);
      this.moveOfBorrowed = new MoveOfBorrowedRule(findings);
      this.borrowEscapes = new BorrowEscapesRule(findings);
      this.moveWhileBorrowed = new MoveWhileBorrowedRule(findings);
      this.fieldNotDropped = new FieldNotDroppedRule(findings);
    }
  }

  private final MethodFrame frame;
  /** The body's variables by index (the list grows as the analysis declares more). */
  private final List<TrackedVar> vars;
  private final Checks checks;
  private final Findings findings;

  Rules(Checks checks, List<TrackedVar> vars, MethodFrame frame) {
    this.checks = checks;
    this.findings = checks.findings;
    this.frame = frame;
    this.vars = vars;
  }

  // ---------------------------------------------------------------- uses

  /** A tracked variable is read: its value must still be there. */
  void usedRef(FlowState s, TrackedVar v, TreePath at) {
    if (v == null || !s.alive) {
      return;
    }
    if (v.isOwner()) {
      if (!checks.useAfterMove.check(s, v, at)) {
        checks.useAfterDrop.check(s, v, at);
      }
    } else {
      checks.moveWhileBorrowed.check(s, v, at, vars);
    }
  }

  /** Every tracked variable {@code v} may name is read. */
  void usedRefs(FlowState s, Value v) {
    // Indexed: asked for nearly every expression, most of which name no variable, and an
    // iterator would be one more object and call each time.
    List<Value.Ref> refs = v.refs();
    for (int i = 0; i < refs.size(); i++) {
      Value.Ref r = refs.get(i);
      usedRef(s, r.var, r.at);
    }
  }

  /** A value is looked at without being taken: a fresh owned value here is never dropped. */
  void used(FlowState s, Value v) {
    usedRefs(s, v);
    if (v.fresh != null) {
      checks.leak.temporary(v.fresh, "is used and then discarded");
    }
  }

  /** The receiver of a call other than {@code close()}: it is borrowed for the call. */
  void receiverUsed(FlowState s, Value v) {
    usedRefs(s, v);
    if (v.fresh != null) {
      checks.leak.temporary(v.fresh, "is used as a temporary receiver and never closed");
    }
  }

  /** An argument for a parameter that does not take ownership. */
  void passed(FlowState s, Value v) {
    usedRefs(s, v);
    if (v.fresh != null) {
      checks.leak.temporary(v.fresh, "is passed to a parameter that only borrows it, so nobody closes it");
    }
  }

  /** An expression statement: its value, if fresh, is lost. */
  void discarded(Value v) {
    if (v.fresh != null) {
      checks.leak.temporary(v.fresh, "is discarded");
    }
  }

  /** Assigned to a variable that does not own it ({@code Object o = open()}). */
  void storedInNonOwner(FlowState s, Value v, TreePath at) {
    usedRefs(s, v);
    if (v.fresh != null) {
      checks.leak.storedInNonOwner(v.fresh, at);
    }
  }

  // ---------------------------------------------------------------- borrows

  boolean isBorrowed(Value v) {
    if (v.borrowed != null) {
      return true;
    }
    for (Value.Ref r : v.refs()) {
      if (r.var.isBorrow()) {
        return true;
      }
    }
    return false;
  }

  /** Stored where it outlives the call: a field that does not own it, a static, an array. */
  void escapedToField(FlowState s, Value v) {
    for (Value.Ref r : v.refs()) {
      usedRef(s, r.var, r.at);
      if (r.var.isBorrow()
          || (r.var.role == TrackedVar.Role.FIELD && frame.kind != MethodFrame.Kind.CLOSE)) {
        checks.borrowEscapes.storedVariable(r.var, r.at);
      }
    }
    if (v.borrowed != null && v.refs().isEmpty()) {
      checks.borrowEscapes.storedValue(v);
    }
    if (v.fresh != null) {
      checks.leak.temporary(v.fresh, "is stored where nothing owns it");
    }
  }

  /** {@code r::close}: a method reference that would drop a variable it only captures. */
  void closedByReference(TrackedVar v, TreePath at) {
    checks.moveOfBorrowed.closedByReference(v, at);
  }

  /** A fresh argument value is lost because a later argument throws. */
  void leakedByLaterArgument(TreePath value, TreePath thrower) {
    checks.leak.lostBeforeTheCall(value, RuleSupport.exit(findings, PendingExit.Kind.THROW, thrower));
  }

  /** A method reference hands out a borrow where its interface promises an owned result. */
  void referenceResultBorrowed(TreePath at, String contract) {
    checks.moveOfBorrowed.referenceResultBorrowed(at, contract);
  }

  /** A method reference hands out a fresh owned value its interface's callers will not close. */
  void referenceResultLeaks(TreePath at, String contract) {
    checks.leak.referenceResultLeaks(at, contract);
  }

  /** A method reference only borrows what its functional interface hands over as owned. */
  void referenceBorrowsOwned(TreePath at, String contract) {
    checks.leak.referenceBorrowsOwned(at, contract);
  }

  /** A method reference takes ownership of what its functional interface only lends. */
  void referenceTakesBorrowed(TreePath at, String contract, boolean platform) {
    checks.moveOfBorrowed.referenceTakesBorrowed(at, contract, platform);
  }

  /** {@code try (x)} on an existing variable: the try will close it, so it must own it. */
  void namedInTry(FlowState s, Value v) {
    for (Value.Ref r : v.refs()) {
      if (r.var.isOwner()) {
        if (!checks.doubleDrop.checkTryNamed(s, r.var, r.at)) {
          usedRef(s, r.var, r.at);
        }
      } else {
        checks.moveOfBorrowed.borrowVariable(r.var, r.at, "closed by this try-with-resources");
      }
    }
    if (v.borrowed != null && v.refs().isEmpty()) {
      checks.moveOfBorrowed.borrowedExpression(v, "closed by this try-with-resources");
    }
  }

  void invalidateBorrowsOf(FlowState s, int owner, TreePath site) {
    checks.moveWhileBorrowed.invalidateBorrowsOf(s, owner, site);
  }

  // ---------------------------------------------------------------- moves and drops

  /** {@code v} moves to a new owner: the owner it leaves must still hold it. */
  void moved(FlowState s, Value v, BitSet ownedByTry) {
    boolean several = v.refs().size() > 1;
    for (Value.Ref r : v.refs()) {
      TrackedVar var = r.var;
      int i = var.index;
      if (var.isBorrow()) {
        checks.moveOfBorrowed.borrowVariable(var, r.at, "moved");
        continue;
      }
      if (ownedByTry.get(i)) {
        checks.moveOfBorrowed.movedOutOfTry(var, r.at);
        continue;
      }
      usedRef(s, var, r.at);
      if (several) {
        // Only one of the owners named by a conditional moves on each path.
        s.moved.set(i);
        s.moveSite(i, r.at);
      } else {
        s.markMoved(i, r.at);
      }
      checks.moveWhileBorrowed.invalidateBorrowsOf(s, i, r.at);
    }
    if (v.borrowed != null && v.refs().isEmpty()) {
      checks.moveOfBorrowed.borrowedExpression(v, "moved");
    }
  }

  /** {@code close()} on {@code v}. */
  void dropped(FlowState s, Value v, BitSet ownedByTry) {
    for (Value.Ref r : v.refs()) {
      TrackedVar var = r.var;
      int i = var.index;
      if (var.role == TrackedVar.Role.RESOURCE) {
        checks.doubleDrop.closedResource(var, r.at);
        continue;
      }
      if (var.isBorrow()) {
        checks.moveOfBorrowed.borrowVariable(var, r.at, "closed");
        continue;
      }
      if (ownedByTry.get(i)) {
        checks.doubleDrop.closedInsideTry(var, r.at);
        continue;
      }
      if (!checks.useAfterMove.check(s, var, r.at)) {
        checks.doubleDrop.checkClose(s, var, r.at);
      }
      if (var.role == TrackedVar.Role.FIELD && frame.kind == MethodFrame.Kind.CLOSE) {
        checks.fieldNotDropped.mayBeNull(s, var, r.at);
      }
      s.markDropped(i, r.at);
      s.empty.clear(i);
      checks.moveWhileBorrowed.invalidateBorrowsOf(s, i, r.at);
    }
    if (v.borrowed != null && v.refs().isEmpty()) {
      // close() may drop its own object (this.close(), super.close()) only inside close().
      boolean ownClose =
          frame.name().equals("close")
              && (frame.kind == MethodFrame.Kind.CLOSE || frame.kind == MethodFrame.Kind.INSTANCE);
      if (!("this".equals(v.borrowedDescription()) && ownClose)) {
        checks.moveOfBorrowed.borrowedExpression(v, "closed");
      }
    }
  }

  /** An owner is assigned again: a value it still holds would be lost. */
  void overwritten(FlowState s, TrackedVar v, TreePath at) {
    checks.leak.overwritten(s, v, at);
  }

  /** A value leaves the body through {@code return}. */
  void returned(FlowState s, Value v, BitSet ownedByTry) {
    if (frame.result == Ownership.OWNED) {
      if (v.refs().isEmpty() && v.borrowed != null && "this".equals(v.borrowedDescription())) {
        checks.moveOfBorrowed.returnedSelf(v, frame.name());
        return;
      }
      moved(s, v, ownedByTry);
      return;
    }
    if (frame.result == Ownership.BORROWED) {
      usedRefs(s, v);
      if (v.fresh != null) {
        checks.leak.freshFromBorrowedMethod(v.fresh);
      }
      return;
    }
    for (Value.Ref r : v.refs()) {
      usedRef(s, r.var, r.at);
      if (r.var.isBorrow()) {
        checks.borrowEscapes.returnedVariable(r.var, r.at);
      }
    }
    if (v.borrowed != null && v.refs().isEmpty()) {
      checks.borrowEscapes.returnedValue(v);
    }
    if (v.fresh != null) {
      checks.leak.temporary(v.fresh, "is returned from a method whose result is not owned");
    }
  }

  // ---------------------------------------------------------------- scope exits

  /** A jump leaves the scope of {@code scope}'s variables. */
  void scopeExit(List<TrackedVar> scope, FlowState s, TreePath site, PendingExit.Kind kind) {
    checks.leak.scopeExit(scope, s, site, kind);
  }

  /** Control reaches the end of the block that declares {@code scope}'s variables. */
  void scopeEnd(List<TrackedVar> scope, FlowState s, TreePath block) {
    checks.leak.scopeEnd(scope, s, block);
  }

  /** The body is left through {@code return} or a throw at {@code site}. */
  void methodExit(List<TrackedVar> scope, FlowState s, TreePath site, PendingExit.Kind kind) {
    if (s.alive) {
      exitChecks(
          scope, s, () -> RuleSupport.exit(findings, kind, site), kind == PendingExit.Kind.THROW);
    }
  }

  /** Control falls off the end of the body. */
  void methodEnd(List<TrackedVar> scope, FlowState s, TreePath body, boolean lambda) {
    exitChecks(
        scope,
        s,
        () ->
            (lambda ? "the end of the lambda at line " : "the end of the method at line ")
                + findings.endLine(body.getLeaf()),
        false);
  }

  /**
   * A {@code @Consumes} method that moved every owned field out and left them null has nothing
   * left to drop (Rust's {@code fn build(self)} drops an empty shell). A class without owned fields
   * may hold a resource of its own, so it must still be closed or handed on.
   */
  private static boolean emptiedEveryField(List<TrackedVar> scope, FlowState s) {
    boolean any = false;
    for (TrackedVar v : scope) {
      if (v.role == TrackedVar.Role.FIELD) {
        any = true;
        if (s.holds.get(v.index)) {
          return false;
        }
      }
    }
    return any;
  }

  /** {@code where} names the way out for messages; made only when there is one to send. */
  private void exitChecks(
      List<TrackedVar> scope, FlowState s, Supplier<String> where, boolean throwing) {
    for (TrackedVar v : scope) {
      if (v.role == TrackedVar.Role.OWNED_PARAM) {
        if (!(v.isReceiver() && emptiedEveryField(scope, s))) {
          checks.leak.ownedParameter(s, v, where);
        }
      } else if (v.role == TrackedVar.Role.FIELD) {
        switch (frame.kind) {
          case CLOSE:
            checks.fieldNotDropped.exit(s, v, where, frame);
            break;
          case CONSTRUCTOR:
            if (throwing) {
              checks.leak.storedByFailingConstructor(s, v, where);
            }
            break;
          case INSTANCE:
            checks.moveOfBorrowed.fieldNotReplaced(s, v, where);
            break;
          default:
            break;
        }
      }
    }
  }
}
