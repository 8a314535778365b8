package dev.custody.processor.analysis;

import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import dev.custody.processor.model.CallContract;
import dev.custody.processor.model.IdentityCache;
import dev.custody.processor.model.Ownership;
import dev.custody.processor.rules.DeclarationRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The ownership dataflow over one body, straight over the syntax tree like javac's {@code Flow}:
 * statements transform a {@link FlowState}, branches copy and join it, loops iterate to a fixpoint,
 * jumps become {@link PendingExit}s that blocks check and targets consume. What counts as an error
 * is decided by the rules ({@link Rules}); this class only tracks what every variable may hold.
 */
final class FlowAnalyzer {
  /** Far above what any loop needs (2 for the worst inputs known): only a bug would reach it. */
  private static final int MAX_LOOP_PASSES = 64;
  private final AnalysisContext ctx;
  private final MethodFrame frame;
  private final Rules rules;
  /** Made at the body's first method reference. */
  private MethodReferenceContract referenceContract;
  private final ExceptionTypes exceptionTypes;
  private final List<TrackedVar> vars = new ArrayList<>();
  /** Asked for nearly every identifier: an identity table, whose lookup is one small method. */
  private final IdentityCache<Element, TrackedVar> byElement = new IdentityCache<>();
  private final List<PendingExit> exits = new ArrayList<>();
  private final Deque<List<TrackedVar>> scopes = new ArrayDeque<>();
  private final Deque<Tree> breakTargets = new ArrayDeque<>();
  private final Deque<Tree> continueTargets = new ArrayDeque<>();
  private final Deque<TryFrame> tries = new ArrayDeque<>();
  private final Deque<SwitchValue> switchValues = new ArrayDeque<>();
  /** Owners named by an enclosing {@code try (owner)}: the statement will close them. */
  private final BitSet ownedByTry = new BitSet();
  /** The most passes one loop of this body needed to reach its fixpoint. */
  private int longestFixpoint;
  private FlowState state;
  /** In a {@code @Consumes} method: {@code this}, owned by the method. */
  private TrackedVar self;
  /** In a constructor: what {@code super(..)} took over, owned by the unfinished object. */
  private TrackedVar superclassPart;
  /** The annotated local declarations already checked; made at the first. */
  private IdentityCache<Tree, Boolean> checkedLocals;

  /** The try statements whose body is being analysed, innermost first. */
  private static final class TryFrame {
    final TryTree tree;
    /** Every type caught by any catch clause (a thrown subtype of one is caught for sure). */
    final List<TypeMirror> caught = new ArrayList<>();
    /** Per catch clause: the types it names (several for a multi-catch). */
    final List<List<TypeMirror>> catchTypes = new ArrayList<>();
    /** The catch clauses that catch unchecked exceptions, which any call may throw. */
    final BitSet catchesUnchecked = new BitSet();
    /** Per catch clause: the joined state of every point whose exceptions it may catch. */
    final List<FlowState> catchEntries = new ArrayList<>();
    /** Joined state of every point in the body where any exception may arise (for finally). */
    final FlowState handlerEntry;

    TryFrame(TryTree tree, FlowState entry) {
      this.tree = tree;
      this.handlerEntry = entry;
    }
  }

  /** The values yielded by a switch expression under analysis. */
  private static final class SwitchValue {
    final Tree tree;
    Value value = Value.none();

    SwitchValue(Tree tree) {
      this.tree = tree;
    }
  }

  FlowAnalyzer(AnalysisContext ctx, MethodFrame frame) {
    this.ctx = ctx;
    this.frame = frame;
    this.rules = new Rules(ctx.checks(), vars, frame);
    this.exceptionTypes = ctx.exceptionTypes();
  }

  // ---------------------------------------------------------------- entry

  /** The most passes any loop of the body needed (1: the loop changes nothing outside itself). */
  int longestFixpoint() {
    return longestFixpoint;
  }

  void analyze() {
    state = FlowState.entry();
    scopes.push(new ArrayList<>());
    for (int i = 0; i < frame.parameters.size(); i++) {
      VariableElement parameter = frame.parameters.get(i);
      Ownership ownership = frame.parameterOwnership.get(i);
      if (ownership == Ownership.OWNED) {
        declareHolding(
            parameter, TrackedVar.Role.OWNED_PARAM, frame.parameterDeclarations.get(i), false);
      } else if (ownership == Ownership.BORROWED) {
        declareHolding(
            parameter, TrackedVar.Role.BORROW, frame.parameterDeclarations.get(i), false);
      }
    }
    for (Element captured : frame.captured) {
      declareHolding(captured, TrackedVar.Role.BORROW, null, false);
    }
    declareFields();
    if (frame.consumesSelf && frame.body.getParentPath() != null) {
      TreePath method = frame.body.getParentPath();
      self = new TrackedVar(vars.size(), TrackedVar.Role.OWNED_PARAM, ctx.trees.getElement(method), "this", method);
      vars.add(self);
      scopes.peek().add(self);
      state.assign(self.index, true, false);
    }

    Tree body = frame.body.getLeaf();
    TreePath end;
    if (frame.fieldInitializer) {
      Value value = eval(frame.body);
      if (frame.result == Ownership.OWNED) {
        rules.moved(state, value, ownedByTry);
      } else {
        rules.storedInNonOwner(state, value, frame.body);
      }
      end = frame.body;
    } else if (body instanceof ExpressionTree) {
      Value result = eval(frame.body);
      returnValue(result, frame.body);
      end = frame.body;
    } else {
      statement(frame.body);
      end = frame.body;
    }
    List<TrackedVar> methodScope = scopes.pop();
    for (PendingExit exit : exits) {
      rules.methodExit(methodScope, exit.state, exit.site, exit.kind);
    }
    if (state.alive) {
      rules.methodEnd(methodScope, state, end, frame.body.getParentPath() != null
          && frame.body.getParentPath().getLeaf() instanceof LambdaExpressionTree);
    }
  }

  private void declareFields() {
    if (frame.fieldOwner == null) {
      return;
    }
    for (VariableElement field : frame.ownedFields) {
      TreePath declaration = ctx.declarationOf(field);
      TrackedVar v = declare(field, TrackedVar.Role.FIELD, declaration);
      if (v == null) {
        continue;
      }
      if (frame.kind != MethodFrame.Kind.CONSTRUCTOR) {
        state.assign(v.index, true, !frame.nonNullFields.contains(field));
        continue;
      }
      VariableTree tree =
          declaration != null && declaration.getLeaf() instanceof VariableTree
              ? (VariableTree) declaration.getLeaf()
              : null;
      boolean initialized =
          tree != null
              && tree.getInitializer() != null
              && tree.getInitializer().getKind() != Tree.Kind.NULL_LITERAL;
      boolean delegates = callsThis(frame.body);
      state.assign(v.index, initialized || delegates, !initialized || delegates);
      if (initialized && !delegates) {
        // The initializer ran before this body: if the body fails, its value leaks.
        state.storeSite(v.index, child(declaration, tree.getInitializer()));
      }
    }
  }

  private boolean callsThis(TreePath body) {
    if (!(body.getLeaf() instanceof BlockTree)) {
      return false;
    }
    List<? extends StatementTree> statements = ((BlockTree) body.getLeaf()).getStatements();
    if (statements.isEmpty() || !(statements.get(0) instanceof ExpressionStatementTree)) {
      return false;
    }
    ExpressionTree first = ((ExpressionStatementTree) statements.get(0)).getExpression();
    return first instanceof MethodInvocationTree
        && ((MethodInvocationTree) first).getMethodSelect() instanceof IdentifierTree
        && ctx.model.names().isThis(
            ((IdentifierTree) ((MethodInvocationTree) first).getMethodSelect()).getName());
  }

  /** The variable of {@code element} in the current scope; null when there is no element. */
  private TrackedVar declare(Element element, TrackedVar.Role role, TreePath declaration) {
    if (element == null) {
      return null;
    }
    TrackedVar existing = byElement.get(element);
    if (existing != null) {
      scopes.peek().add(existing);
      return existing;
    }
    TrackedVar v = new TrackedVar(vars.size(), role, element, element.getSimpleName(), declaration);
    vars.add(v);
    byElement.put(element, v);
    scopes.peek().add(v);
    return v;
  }

  /**
   * Checks a local declaration written with an annotation that may be Custody's, once however
   * often the analysis passes it (a loop's body, a {@code finally} block).
   */
  private void checkAnnotatedLocal(TreePath path, VariableTree tree) {
    if (!DeclarationRules.mayCarryOwnershipAnnotation(tree.getModifiers(), ctx.model.names())) {
      return;
    }
    if (checkedLocals == null) {
      checkedLocals = new IdentityCache<>();
    }
    if (checkedLocals.get(tree) == null) {
      checkedLocals.put(tree, Boolean.TRUE);
      ctx.declarations.checkVariable(path);
    }
  }

  /** Declares {@code element}'s variable (if any) as holding a value, maybe null. */
  private void declareHolding(
      Element element, TrackedVar.Role role, TreePath declaration, boolean mayBeNull) {
    TrackedVar v = declare(element, role, declaration);
    if (v != null) {
      state.assign(v.index, true, mayBeNull);
    }
  }

  // ---------------------------------------------------------------- statements

  private static TreePath child(TreePath parent, Tree tree) {
    return new TreePath(parent, tree);
  }

  private void statement(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree == null) {
      return;
    }
    switch (tree.getKind()) {
      case BLOCK:
        block(path, ((BlockTree) tree).getStatements());
        break;
      case VARIABLE:
        variable(path, (VariableTree) tree);
        break;
      case EXPRESSION_STATEMENT:
        {
          TreePath expr = child(path, ((ExpressionStatementTree) tree).getExpression());
          Value v = eval(expr);
          rules.discarded(v);
          break;
        }
      case IF:
        ifStatement(path, (IfTree) tree);
        break;
      case WHILE_LOOP:
        whileLoop(path, (WhileLoopTree) tree);
        break;
      case DO_WHILE_LOOP:
        doWhileLoop(path, (DoWhileLoopTree) tree);
        break;
      case FOR_LOOP:
        forLoop(path, (ForLoopTree) tree);
        break;
      case ENHANCED_FOR_LOOP:
        enhancedForLoop(path, (EnhancedForLoopTree) tree);
        break;
      case LABELED_STATEMENT:
        labeled(path, (LabeledStatementTree) tree);
        break;
      case SWITCH:
        switchStatement(path, (SwitchTree) tree);
        break;
      case BREAK:
        jump(PendingExit.Kind.BREAK, breakTarget(path, ((BreakTree) tree).getLabel()), path);
        break;
      case CONTINUE:
        jump(
            PendingExit.Kind.CONTINUE,
            continueTarget(path, ((ContinueTree) tree).getLabel()),
            path);
        break;
      case RETURN:
        {
          ReturnTree ret = (ReturnTree) tree;
          if (ret.getExpression() != null) {
            returnValue(eval(child(path, ret.getExpression())), child(path, ret.getExpression()));
          }
          jump(PendingExit.Kind.RETURN, null, path);
          break;
        }
      case THROW:
        {
          ThrowTree thr = (ThrowTree) tree;
          TreePath expr = child(path, thr.getExpression());
          rules.used(state, eval(expr));
          TypeMirror thrownType = ctx.trees.getTypeMirror(expr);
          mayThrow(thrownType == null ? null : List.of(thrownType));
          throwTo(thrownType, path);
          state = FlowState.dead();
          break;
        }
      case TRY:
        tryStatement(path, (TryTree) tree);
        break;
      case SYNCHRONIZED:
        rules.used(state, eval(child(path, ((SynchronizedTree) tree).getExpression())));
        statement(child(path, ((SynchronizedTree) tree).getBlock()));
        break;
      case ASSERT:
        {
          AssertTree a = (AssertTree) tree;
          FlowState before = state.copy();
          Conditions c = condition(child(path, a.getCondition()));
          state = c.whenFalse;
          if (a.getDetail() != null) {
            rules.used(state, eval(child(path, a.getDetail())));
          }
          // Assertions may be disabled: the statement may also do nothing.
          state = before;
          state.join(c.whenTrue);
          break;
        }
      case CLASS:
      case INTERFACE:
      case ENUM:
      case RECORD:
        localClass(path, (ClassTree) tree);
        break;
      case EMPTY_STATEMENT:
        break;
      default:
        if (tree.getKind().name().equals("YIELD")) {
          yieldStatement(path, tree);
        } else {
          scanUnknown(path);
        }
    }
  }

  private void block(TreePath path, List<? extends StatementTree> statements) {
    int mark = exits.size();
    scopes.push(new ArrayList<>());
    for (StatementTree s : statements) {
      statement(child(path, s));
    }
    closeScope(path, mark);
  }

  /** Leaves a scope: its owners must not hold a value on any way out of it. */
  private void closeScope(TreePath path, int exitMark) {
    List<TrackedVar> scope = scopes.pop();
    if (scope.isEmpty()) {
      return;
    }
    for (int i = exitMark; i < exits.size(); i++) {
      PendingExit exit = exits.get(i);
      rules.scopeExit(scope, exit.state, exit.site, exit.kind);
      for (TrackedVar v : scope) {
        exit.state.forget(v.index);
      }
    }
    if (state.alive) {
      rules.scopeEnd(scope, state, path);
    }
    for (TrackedVar v : scope) {
      state.forget(v.index);
    }
  }

  private void variable(TreePath path, VariableTree tree) {
    checkAnnotatedLocal(path, tree);
    Element element = ctx.trees.getElement(path);
    if (element == null) {
      return;
    }
    TypeMirror type = element.asType();
    boolean markedOwned = ctx.model.isOwnedDeclaration(element);
    boolean markedBorrowed =
        ctx.model.isMarkedBorrowed(element) && !ctx.model.isMarkedOwned(element)
            && ctx.model.canBeOwned(type);
    TreePath init = tree.getInitializer() == null ? null : child(path, tree.getInitializer());
    if (markedBorrowed) {
      TrackedVar v = declare(element, TrackedVar.Role.BORROW, path);
      Value value = init == null ? Value.none() : eval(init);
      borrowInto(v, value, init);
      return;
    }
    if (type.getKind() == TypeKind.BOOLEAN) {
      TrackedVar flag = declare(element, TrackedVar.Role.FLAG, path);
      state.assign(flag.index, true, true);
      if (init != null) {
        setFlag(flag, init);
      }
      return;
    }
    if (markedOwned || ctx.model.isTracked(type)) {
      TrackedVar v = declare(element, TrackedVar.Role.OWNER, path);
      state.forget(v.index);
      if (init == null) {
        state.assign(v.index, false, true);
      } else {
        Value value = eval(init);
        moveInto(v, value, init, path);
      }
      return;
    }
    if (init == null) {
      return;
    }
    Value value = eval(init);
    if (!value.captured().isEmpty()) {
      // A local holding a lambda or object that captured owners carries their borrow.
      TrackedVar v = declare(element, TrackedVar.Role.BORROW, path);
      borrowInto(v, value, init);
      return;
    }
    rules.storedInNonOwner(state, value, path);
  }

  /** A flag is set from {@code value}'s expression: a literal decides it, anything else does not. */
  private void setFlag(TrackedVar flag, TreePath valuePath) {
    setFlag(flag, valuePath, eval(valuePath));
  }

  private void setFlag(TrackedVar flag, TreePath valuePath, Value value) {
    rules.used(state, value);
    Tree literal = valuePath.getLeaf();
    while (literal instanceof ParenthesizedTree) {
      literal = ((ParenthesizedTree) literal).getExpression();
    }
    if (literal.getKind() == Tree.Kind.BOOLEAN_LITERAL) {
      boolean set = Boolean.TRUE.equals(((LiteralTree) literal).getValue());
      state.assign(flag.index, set, !set);
    } else {
      state.assign(flag.index, true, true);
    }
  }

  private void borrowInto(TrackedVar v, Value value, TreePath at) {
    rules.used(state, value);
    BitSet sources = sourcesOf(value);
    state.assign(v.index, true, value.mayBeNull);
    state.setSources(v.index, sources);
  }

  /** The owners a value borrows from, following borrows of borrows. */
  private BitSet sourcesOf(Value value) {
    BitSet sources = new BitSet();
    value.borrowSourcesInto(sources);
    for (Value.Ref ref : value.refs()) {
      if (ref.var.isOwner()) {
        sources.set(ref.var.index);
      } else {
        BitSet inner = state.sourcesOf(ref.var.index);
        if (inner != null) {
          sources.or(inner);
        }
      }
    }
    return sources;
  }

  /** Stores {@code value} into the owner {@code target}: the old value must be gone first. */
  private void moveInto(TrackedVar target, Value value, TreePath valuePath, TreePath at) {
    // An owner whose value is already gone hands over nothing (no second error for the target).
    boolean sourceHolds = value.fresh != null || value.plain;
    for (Value.Ref r : value.refs()) {
      sourceHolds |= !r.var.isOwner() || state.holds.get(r.var.index) || state.empty.get(r.var.index);
    }
    rules.moved(state, value, ownedByTry);
    boolean fromBorrow = rules.isBorrowed(value);
    boolean holds = !fromBorrow && sourceHolds;
    state.assign(target.index, holds, value.mayBeNull || fromBorrow || value.isNothing());
    if (target.role == TrackedVar.Role.FIELD && frame.kind == MethodFrame.Kind.CONSTRUCTOR) {
      boolean fromOwnedParameter = value.onlyOwnedParameters();
      state.storeSite(target.index, fromOwnedParameter ? null : at);
    }
  }

  private void ifStatement(TreePath path, IfTree tree) {
    Conditions c = condition(child(path, tree.getCondition()));
    Boolean guardedBranch = closeGuard(path, tree);
    state = c.whenTrue;
    if (Boolean.TRUE.equals(guardedBranch)) {
      releaseFields(state);
    }
    statement(child(path, tree.getThenStatement()));
    FlowState afterThen = state;
    state = c.whenFalse;
    if (Boolean.FALSE.equals(guardedBranch)) {
      releaseFields(state);
    }
    if (tree.getElseStatement() != null) {
      statement(child(path, tree.getElseStatement()));
    }
    state.join(afterThen);
  }

  /**
   * An idempotent {@code close()} tests the object's own state ({@code if (closed) return;},
   * {@code if (closed.compareAndSet(false, true)) { ..drops.. }}): the branch that touches no owned
   * field is the "closed already" path, on which an earlier call dropped them. Returns which branch
   * that is (true: then, false: the missing else), or null when the statement is no such guard.
   */
  private Boolean closeGuard(TreePath path, IfTree tree) {
    if (frame.kind != MethodFrame.Kind.CLOSE || !readsOwnState(child(path, tree.getCondition()))) {
      return null;
    }
    boolean thenTouches = touchesOwnedField(child(path, tree.getThenStatement()));
    if (!thenTouches) {
      return Boolean.TRUE;
    }
    return tree.getElseStatement() == null ? Boolean.FALSE : null;
  }

  /**
   * Whether the condition tests the object's own open/closed state: a non-owned instance field of
   * this class that close() itself changes, by assigning it ({@code closed = true}) or through a
   * call on it in the condition ({@code closed.compareAndSet(false, true)}). A field close() only
   * reads ({@code if (flush)}) is configuration, not a guard.
   */
  private boolean readsOwnState(TreePath condition) {
    Set<Element> stateFields = new LinkedHashSet<>();
    Set<Element> calledOn = new LinkedHashSet<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        check(ctx.trees.getElement(getCurrentPath()));
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        Element e = ctx.trees.getElement(getCurrentPath());
        check(e);
        if (e instanceof ExecutableElement) {
          calledOn.add(ctx.trees.getElement(new TreePath(getCurrentPath(), node.getExpression())));
        }
        return super.visitMemberSelect(node, unused);
      }

      private void check(Element e) {
        if (e != null
            && e.getKind() == ElementKind.FIELD
            && !e.getModifiers().contains(Modifier.STATIC)
            && e.getEnclosingElement().equals(frame.fieldOwner)
            && !frame.ownedFields.contains(e)) {
          stateFields.add(e);
        }
      }
    }.scan(condition, null);
    for (Element field : stateFields) {
      if (calledOn.contains(field) || assignedInBody(field)) {
        return true;
      }
    }
    return false;
  }

  private boolean assignedInBody(Element field) {
    boolean[] found = new boolean[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        found[0] |= field.equals(ctx.trees.getElement(new TreePath(getCurrentPath(), node.getVariable())));
        return super.visitAssignment(node, unused);
      }
    }.scan(frame.body, null);
    return found[0];
  }

  private boolean touchesOwnedField(TreePath statement) {
    boolean[] found = new boolean[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        check();
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        check();
        return super.visitMemberSelect(node, unused);
      }

      private void check() {
        Element e = ctx.trees.getElement(getCurrentPath());
        found[0] |= e != null && frame.ownedFields.contains(e);
      }
    }.scan(statement, null);
    return found[0];
  }

  /** On the "closed already" path every owned field was dropped by the earlier call. */
  private void releaseFields(FlowState s) {
    for (VariableElement field : frame.ownedFields) {
      TrackedVar v = byElement.get(field);
      if (v != null && s.alive) {
        s.assign(v.index, false, true);
      }
    }
  }

  // ---------------------------------------------------------------- loops

  /** One pass over a loop: given the state at the loop head, scans it and returns the back edge. */
  private interface LoopPass {
    /** Analyses the loop from {@code state} (the head); leaves the back-edge state in {@code state}. */
    FlowState run(TreePath path);
  }

  /**
   * Iterates a loop to a fixpoint. The head state only grows (it is joined with every back edge),
   * so the iteration ends; a loop that changes nothing outside itself takes a single pass.
   */
  private void loop(TreePath path, LoopPass pass) {
    Tree tree = path.getLeaf();
    int mark = exits.size();
    int firstInner = vars.size();
    FlowState head = state.copy();
    FlowState exitState;
    int rounds = 0;
    while (true) {
      while (exits.size() > mark) {
        exits.remove(exits.size() - 1);
      }
      state = head.copy();
      breakTargets.push(tree);
      continueTargets.push(tree);
      exitState = pass.run(path);
      breakTargets.pop();
      continueTargets.pop();
      FlowState back = state;
      resolveExits(mark, tree, PendingExit.Kind.CONTINUE, back);
      // Variables first declared inside the loop are redeclared on every pass.
      for (int v = firstInner; v < vars.size(); v++) {
        back.forget(v);
      }
      rounds++;
      if (head.covers(back)) {
        break;
      }
      if (rounds == MAX_LOOP_PASSES) {
        // Never seen (FixpointTest): a bug, reported as one rather than a silently partial result.
        throw new IllegalStateException(
            "the loop at line " + ctx.findings.line(tree) + " did not reach a fixpoint in "
                + MAX_LOOP_PASSES + " passes");
      }
      head.join(back);
    }
    longestFixpoint = Math.max(longestFixpoint, rounds);
    resolveExits(mark, tree, PendingExit.Kind.BREAK, exitState);
    state = exitState;
  }

  /**
   * The statement {@code target} consumes its pending exits of {@code kind} raised since {@code
   * mark}: their states join {@code into} (or are dropped when it is null).
   */
  private void resolveExits(int mark, Tree target, PendingExit.Kind kind, FlowState into) {
    for (int i = exits.size() - 1; i >= mark; i--) {
      PendingExit exit = exits.get(i);
      if (exit.kind == kind && exit.target == target) {
        if (into != null) {
          into.join(exit.state);
        }
        exits.remove(i);
      }
    }
  }

  private void whileLoop(TreePath path, WhileLoopTree tree) {
    loop(
        path,
        p -> {
          Conditions c = condition(child(p, tree.getCondition()));
          state = c.whenTrue;
          statement(child(p, tree.getStatement()));
          return c.whenFalse;
        });
  }

  private void doWhileLoop(TreePath path, DoWhileLoopTree tree) {
    loop(
        path,
        p -> {
          int mark = exits.size();
          statement(child(p, tree.getStatement()));
          // A continue in a do-while goes to the condition.
          resolveExits(mark, tree, PendingExit.Kind.CONTINUE, state);
          Conditions c = condition(child(p, tree.getCondition()));
          state = c.whenTrue;
          return c.whenFalse;
        });
  }

  private void forLoop(TreePath path, ForLoopTree tree) {
    int mark = exits.size();
    scopes.push(new ArrayList<>());
    for (StatementTree init : tree.getInitializer()) {
      statement(child(path, init));
    }
    loop(
        path,
        p -> {
          Conditions c;
          if (tree.getCondition() == null) {
            c = new Conditions(state, FlowState.dead());
          } else {
            c = condition(child(p, tree.getCondition()));
          }
          state = c.whenTrue;
          int bodyMark = exits.size();
          statement(child(p, tree.getStatement()));
          resolveExits(bodyMark, tree, PendingExit.Kind.CONTINUE, state);
          for (ExpressionStatementTree update : tree.getUpdate()) {
            statement(child(p, update));
          }
          return c.whenFalse;
        });
    closeScope(path, mark);
  }

  private void enhancedForLoop(TreePath path, EnhancedForLoopTree tree) {
    rules.used(state, eval(child(path, tree.getExpression())));
    FlowState skipped = state.copy();
    loop(
        path,
        p -> {
          FlowState entry = state.copy();
          int mark = exits.size();
          scopes.push(new ArrayList<>());
          TreePath varPath = child(p, tree.getVariable());
          checkAnnotatedLocal(varPath, tree.getVariable());
          Element element = ctx.trees.getElement(varPath);
          Element iterated = ctx.trees.getElement(child(p, tree.getExpression()));
          if (element != null && iterated != null && ctx.model.isOwnedArrayParameter(iterated)) {
            // The elements of an @Owned varargs array were moved into this method: each is owned.
            declareHolding(element, TrackedVar.Role.OWNER, varPath, true);
          } else if (element != null
              && (ctx.model.isTracked(element.asType()) || ctx.model.isMarkedBorrowed(element))) {
            // Elements of a collection or array are owned by it: the loop variable borrows them.
            declareHolding(element, TrackedVar.Role.BORROW, varPath, false);
          }
          statement(child(p, tree.getStatement()));
          closeScope(p, mark);
          return entry;
        });
    state.join(skipped);
  }

  private void labeled(TreePath path, LabeledStatementTree tree) {
    int mark = exits.size();
    TreePath inner = child(path, tree.getStatement());
    statement(inner);
    resolveExits(mark, tree.getStatement(), PendingExit.Kind.BREAK, state);
  }

  private Tree breakTarget(TreePath path, javax.lang.model.element.Name label) {
    if (label == null) {
      return breakTargets.peek();
    }
    return labeledTarget(path, label);
  }

  private Tree continueTarget(TreePath path, javax.lang.model.element.Name label) {
    if (label == null) {
      return continueTargets.peek();
    }
    return labeledTarget(path, label);
  }

  private static Tree labeledTarget(TreePath path, javax.lang.model.element.Name label) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof LabeledStatementTree
          && ((LabeledStatementTree) p.getLeaf()).getLabel().equals(label)) {
        return ((LabeledStatementTree) p.getLeaf()).getStatement();
      }
    }
    return null;
  }

  private void jump(PendingExit.Kind kind, Tree target, TreePath site) {
    exits.add(new PendingExit(kind, target, site, state));
    state = FlowState.dead();
  }

  // ---------------------------------------------------------------- switch

  private void switchStatement(TreePath path, SwitchTree tree) {
    TreePath selector = child(path, tree.getExpression());
    Value selected = eval(selector);
    rules.used(state, selected);
    cases(path, tree, tree.getCases(), selected, null);
  }

  /**
   * Analyses the cases of a switch statement or expression. Old-style cases fall through into each
   * other; arrow cases start from the selector's state. Returns the state after the switch.
   */
  private void cases(
      TreePath path,
      Tree tree,
      List<? extends CaseTree> cases,
      Value selectorValue,
      SwitchValue expressionValue) {
    FlowState selected = state.copy();
    int mark = exits.size();
    scopes.push(new ArrayList<>());
    breakTargets.push(tree);
    FlowState after = FlowState.dead();
    FlowState fallthrough = FlowState.dead();
    boolean hasDefault = false;
    for (CaseTree c : cases) {
      TreePath casePath = child(path, c);
      if (isDefault(casePath, c)) {
        hasDefault = true;
      }
      if (c.getCaseKind() == CaseTree.CaseKind.RULE) {
        state = selected.copy();
        bindPatterns(casePath, c, selectorValue);
        Tree body = c.getBody();
        TreePath bodyPath = child(casePath, body);
        if (body instanceof ExpressionTree) {
          Value v = eval(bodyPath);
          if (expressionValue != null) {
            v = transferOut(v, bodyPath, tree);
            expressionValue.value = Value.union(expressionValue.value, v);
          } else {
            rules.discarded(v);
          }
        } else {
          statement(bodyPath);
        }
        after.join(state);
      } else {
        state = selected.copy();
        bindPatterns(casePath, c, selectorValue);
        state.join(fallthrough);
        for (StatementTree s : c.getStatements()) {
          statement(child(casePath, s));
        }
        fallthrough = state;
      }
    }
    breakTargets.pop();
    after.join(fallthrough);
    if (!hasDefault && expressionValue == null) {
      after.join(selected);
    }
    resolveExits(mark, tree, PendingExit.Kind.BREAK, after);
    resolveExits(mark, tree, PendingExit.Kind.YIELD, after);
    state = after;
    closeScope(path, mark);
  }

  /**
   * A {@code default} case. Pattern cases (Java 21) also have no constant expressions, so they are
   * told apart by their bindings; {@code case null, default} counts as a constant case, which only
   * makes the analysis assume the selector may match no case.
   */
  private boolean isDefault(TreePath casePath, CaseTree c) {
    return c.getExpressions().isEmpty() && !hasPattern(casePath, c);
  }

  private boolean hasPattern(TreePath casePath, CaseTree c) {
    boolean[] found = new boolean[1];
    new CaseLabelScanner(c) {
      @Override
      void binding(TreePath binding) {
        found[0] = true;
      }
    }.scan(casePath, null);
    return found[0];
  }

  /** Pattern labels ({@code case SubRes s}, record patterns) bind borrows of the selector. */
  private void bindPatterns(TreePath casePath, CaseTree c, Value selector) {
    new CaseLabelScanner(c) {
      @Override
      void binding(TreePath binding) {
        checkAnnotatedLocal(binding, (VariableTree) binding.getLeaf());
        Element e = ctx.trees.getElement(binding);
        if (e != null && ctx.model.isTracked(e.asType())) {
          TrackedVar v = declare(e, TrackedVar.Role.BORROW, binding);
          state.assign(v.index, true, false);
          state.setSources(v.index, sourcesOf(selector));
        }
      }
    }.scan(casePath, null);
  }

  /**
   * Finds the binding variables in a case's labels without the Java 17 preview API for labels:
   * everything but the case's body is scanned, and a binding is a variable whose parent is a
   * binding pattern.
   */
  private abstract static class CaseLabelScanner extends TreePathScanner<Void, Void> {
    private final CaseTree c;

    CaseLabelScanner(CaseTree c) {
      this.c = c;
    }

    abstract void binding(TreePath binding);

    @Override
    public Void scan(Tree tree, Void unused) {
      if (tree == null
          || tree == c.getBody()
          || (c.getStatements() != null && c.getStatements().contains(tree))) {
        return null;
      }
      return super.scan(tree, unused);
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      if (getCurrentPath().getParentPath().getLeaf().getKind().name().equals("BINDING_PATTERN")) {
        binding(getCurrentPath());
      }
      return super.visitVariable(node, unused);
    }
  }

  private Value switchExpression(TreePath path, Tree tree) {
    ExpressionTree selector = switchSelector(tree);
    Value selected = eval(child(path, selector));
    rules.used(state, selected);
    SwitchValue value = new SwitchValue(tree);
    switchValues.push(value);
    cases(path, tree, switchCases(tree), selected, value);
    switchValues.pop();
    return value.value;
  }

  /**
   * A value leaving a switch arm: owners named by it hand their value to the switch expression's
   * result (an arm's own locals go out of scope here), which is then a fresh value to be owned.
   */
  private Value transferOut(Value v, TreePath at, Tree switchTree) {
    Value local = new Value();
    Value rest = new Value();
    for (Value.Ref r : v.refs()) {
      (r.var.isOwner() && declaredWithin(r.var, switchTree) ? local : rest).addRef(r);
    }
    if (local.refs().isEmpty()) {
      return v;
    }
    rules.moved(state, local, ownedByTry);
    rest.fresh = at;
    rest.borrowed = v.borrowed;
    rest.borrowedName = v.borrowedName;
    rest.addBorrowSourcesOf(v);
    rest.addCaptured(v.captured());
    rest.mayBeNull = v.mayBeNull;
    rest.plain = v.plain;
    return rest;
  }

  private static boolean declaredWithin(TrackedVar v, Tree tree) {
    for (TreePath p = v.declaration; p != null; p = p.getParentPath()) {
      if (p.getLeaf() == tree) {
        return true;
      }
    }
    return false;
  }

  private static ExpressionTree switchSelector(Tree tree) {
    return ((com.sun.source.tree.SwitchExpressionTree) tree).getExpression();
  }

  private static List<? extends CaseTree> switchCases(Tree tree) {
    return ((com.sun.source.tree.SwitchExpressionTree) tree).getCases();
  }

  private void yieldStatement(TreePath path, Tree tree) {
    ExpressionTree expr = ((com.sun.source.tree.YieldTree) tree).getValue();
    SwitchValue target = switchValues.peek();
    Value v = transferOut(eval(child(path, expr)), child(path, expr), target == null ? tree : target.tree);
    if (target != null) {
      target.value = Value.union(target.value, v);
    }
    jump(PendingExit.Kind.YIELD, target == null ? null : target.tree, path);
  }

  // ---------------------------------------------------------------- try

  private void tryStatement(TreePath path, TryTree tree) {
    int mark = exits.size();
    scopes.push(new ArrayList<>());
    BitSet namedResources = new BitSet();
    for (Tree resource : tree.getResources()) {
      TreePath resourcePath = child(path, resource);
      if (resource instanceof VariableTree) {
        VariableTree decl = (VariableTree) resource;
        checkAnnotatedLocal(resourcePath, decl);
        Element element = ctx.trees.getElement(resourcePath);
        Value value =
            decl.getInitializer() == null
                ? Value.none()
                : eval(child(resourcePath, decl.getInitializer()));
        rules.moved(state, value, ownedByTry);
        declareHolding(element, TrackedVar.Role.RESOURCE, resourcePath, false);
      } else {
        Value value = eval(resourcePath);
        for (Value.Ref ref : value.refs()) {
          if (ref.var.isOwner() && !ownedByTry.get(ref.var.index)) {
            namedResources.set(ref.var.index);
          }
        }
        rules.namedInTry(state, value);
      }
    }
    ownedByTry.or(namedResources);
    // A catch is entered from a call, a constructor or a throw in the body, with the state after
    // it: close() and moves into @Owned parameters take effect even when the call throws.
    TryFrame frameOfTry = new TryFrame(tree, FlowState.dead());
    for (CatchTree c : tree.getCatches()) {
      Tree type = c.getParameter().getType();
      List<TypeMirror> names = new ArrayList<>();
      if (type instanceof UnionTypeTree) {
        for (Tree alternative : ((UnionTypeTree) type).getTypeAlternatives()) {
          addCaught(names, child(child(child(path, c), c.getParameter()), alternative));
        }
      } else {
        addCaught(names, child(child(child(path, c), c.getParameter()), type));
      }
      frameOfTry.caught.addAll(names);
      if (exceptionTypes.catchesUnchecked(names)) {
        frameOfTry.catchesUnchecked.set(frameOfTry.catchTypes.size());
      }
      frameOfTry.catchTypes.add(names);
      frameOfTry.catchEntries.add(FlowState.dead());
    }
    tries.push(frameOfTry);
    statement(child(path, tree.getBlock()));
    tries.pop();
    ownedByTry.andNot(namedResources);

    // Resources are closed when the body completes, normally or abruptly, before catch and finally.
    TreePath closing = child(path, tree.getBlock());
    closeResources(state, namedResources, closing);
    for (int i = mark; i < exits.size(); i++) {
      closeResources(exits.get(i).state, namedResources, closing);
    }
    closeResources(frameOfTry.handlerEntry, namedResources, closing);
    for (FlowState entry : frameOfTry.catchEntries) {
      closeResources(entry, namedResources, closing);
    }
    if (state.alive) {
      resourceClosesMayThrow(path, tree, frameOfTry);
    }
    // Throws caught here already joined the handlers' entry states where they were raised.
    resolveExits(mark, tree, PendingExit.Kind.THROW, null);
    closeScope(path, exits.size());
    List<TrackedVar> resources = resourceVars(tree, path);
    for (int i = mark; i < exits.size(); i++) {
      for (TrackedVar v : resources) {
        exits.get(i).state.forget(v.index);
      }
    }
    FlowState handlerEntry = frameOfTry.handlerEntry;
    for (TrackedVar v : resources) {
      handlerEntry.forget(v.index);
      for (FlowState entry : frameOfTry.catchEntries) {
        entry.forget(v.index);
      }
    }

    FlowState after = state;
    for (int i = 0; i < tree.getCatches().size(); i++) {
      CatchTree c = tree.getCatches().get(i);
      state = frameOfTry.catchEntries.get(i).copy();
      TreePath catchPath = child(path, c);
      checkAnnotatedLocal(child(catchPath, c.getParameter()), c.getParameter());
      scopes.push(new ArrayList<>());
      int catchMark = exits.size();
      statement(child(catchPath, c.getBlock()));
      closeScope(catchPath, catchMark);
      after.join(state);
    }
    if (tree.getFinallyBlock() != null) {
      TreePath fin = child(path, tree.getFinallyBlock());
      // Copied by hand: the JDK's sublist copy is code javac never runs, still interpreted here.
      List<PendingExit> through = new ArrayList<>(exits.size() - mark);
      for (int i = mark; i < exits.size(); i++) {
        through.add(exits.get(i));
      }
      for (PendingExit exit : through) {
        state = exit.state;
        statement(fin);
        if (state.alive) {
          exit.state = state;
        } else {
          exits.remove(exit);
        }
      }
      // The finally block also runs when an exception leaves the body or a catch; a return or a
      // checked throw inside it ends that path too (and a return swallows the exception).
      state = handlerEntry.copy();
      statement(fin);
      if (state.alive) {
        joinIntoHandlers(state, null);
      }
      state = after;
      statement(fin);
    } else {
      state = after;
    }
  }

  /**
   * The implicit {@code close()} of each resource may throw what its type's {@code close()}
   * declares; the statement's own catch clauses see those exceptions too.
   */
  private void resourceClosesMayThrow(TreePath path, TryTree tree, TryFrame frameOfTry) {
    tries.push(frameOfTry);
    for (Tree resource : tree.getResources()) {
      TreePath resourcePath = child(path, resource);
      TypeMirror type = ctx.trees.getTypeMirror(resourcePath);
      ExecutableElement close = exceptionTypes.closeMethod(type);
      if (close == null) {
        continue;
      }
      mayThrow(close.getThrownTypes());
      throwsChecked(close.getThrownTypes(), resourcePath);
    }
    tries.pop();
  }

  private List<TrackedVar> resourceVars(TryTree tree, TreePath path) {
    List<TrackedVar> result = new ArrayList<>();
    for (Tree resource : tree.getResources()) {
      if (resource instanceof VariableTree) {
        TrackedVar v = byElement.get(ctx.trees.getElement(child(path, resource)));
        if (v != null) {
          result.add(v);
        }
      }
    }
    return result;
  }

  private void closeResources(FlowState s, BitSet named, TreePath site) {
    if (!s.alive) {
      return;
    }
    for (int v = named.nextSetBit(0); v >= 0; v = named.nextSetBit(v + 1)) {
      if (s.holds.get(v)) {
        s.markDropped(v, site);
      }
      s.empty.clear(v);
      rules.invalidateBorrowsOf(s, v, site);
    }
  }

  private void addCaught(List<TypeMirror> names, TreePath typePath) {
    TypeMirror type = ctx.trees.getTypeMirror(typePath);
    if (type != null && type.getKind() != TypeKind.ERROR) {
      names.add(type);
    }
  }

  /**
   * A point where an exception may arise: the handlers that may catch what it throws ({@code
   * thrown} checked types, or any unchecked exception) may be entered from here.
   */
  private void mayThrow(List<? extends TypeMirror> thrown) {
    joinIntoHandlers(state, thrown);
  }

  /**
   * An exception reaches the handlers of every enclosing try up to the first one with a
   * {@code finally}: beyond it, only what that finally block leaves goes on (tryStatement joins its
   * exceptional outcome outwards).
   */
  private void joinIntoHandlers(FlowState s, List<? extends TypeMirror> thrown) {
    if (tries.isEmpty()) {
      return; // asked at every call: most are in no try, and iterating would make an iterator
    }
    for (TryFrame f : tries) {
      f.handlerEntry.join(s);
      for (int i = 0; i < f.catchTypes.size(); i++) {
        // Whether a clause catches unchecked exceptions was decided with the try: asked per call.
        if (f.catchesUnchecked.get(i) || exceptionTypes.mayCatchChecked(f.catchTypes.get(i), thrown)) {
          f.catchEntries.get(i).join(s);
        }
      }
      if (f.tree.getFinallyBlock() != null) {
        break;
      }
      // Checked exceptions this try surely catches go no further; unchecked ones still may.
      thrown = exceptionTypes.uncaught(f.caught, thrown);
    }
  }

  /** An exception of {@code type} leaves the current point: find the try that catches it. */
  private void throwTo(TypeMirror type, TreePath site) {
    Tree target = null;
    if (type != null && type.getKind() != TypeKind.ERROR) {
      search:
      for (TryFrame f : tries) {
        for (TypeMirror caught : f.caught) {
          if (ctx.types.isSubtype(ctx.types.erasure(type), ctx.types.erasure(caught))) {
            target = f.tree;
            break search;
          }
        }
      }
    }
    exits.add(new PendingExit(PendingExit.Kind.THROW, target, site, state.copy()));
  }

  // ---------------------------------------------------------------- local classes and lambdas

  private void localClass(TreePath path, ClassTree tree) {
    List<Element> captured = captures(path);
    ctx.pending.add(new AnalysisContext.NestedBody(path, captured));
    for (Element e : captured) {
      TrackedVar v = byElement.get(e);
      if (v != null) {
        rules.usedRef(state, v, path);
      }
    }
  }

  /**
   * The tracked variables of this body that the code at {@code path} refers to. Only names can
   * refer to them, and javac answers a name's element from its node alone: no path per node.
   */
  private List<Element> captures(TreePath path) {
    Set<Element> found = new LinkedHashSet<>();
    new DirectScanner() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        Element e = ctx.trees.getElement(new TreePath(path, node));
        TrackedVar v = e == null ? null : byElement.get(e);
        if (v != null && v.role != TrackedVar.Role.FIELD && v.role != TrackedVar.Role.FLAG) {
          found.add(e);
        }
        return null;
      }
    }.scan(path.getLeaf(), null);
    return new ArrayList<>(found);
  }

  private Value lambda(TreePath path) {
    List<Element> captured = captures(path);
    ctx.pending.add(new AnalysisContext.NestedBody(path, captured));
    return carrier(path, captured);
  }

  /** A lambda or object that captured owners: using it later uses them. */
  private Value carrier(TreePath path, List<Element> captured) {
    BitSet sources = new BitSet();
    for (Element e : captured) {
      TrackedVar v = byElement.get(e);
      rules.usedRef(state, v, path);
      if (v.isOwner()) {
        sources.set(v.index);
      } else if (state.sourcesOf(v.index) != null) {
        sources.or(state.sourcesOf(v.index));
      }
    }
    if (captured.isEmpty()) {
      return Value.plain();
    }
    Value value = Value.borrowed(path, sources);
    for (Element e : captured) {
      value.addCaptured(byElement.get(e));
    }
    return value;
  }

  private Value memberReference(TreePath path, MemberReferenceTree tree) {
    if (referenceContract == null) {
      referenceContract = new MethodReferenceContract(ctx, rules);
    }
    referenceContract.check(path, tree);
    TreePath qualifier = child(path, tree.getQualifierExpression());
    Element e = ctx.trees.getElement(qualifier);
    TrackedVar v = e == null ? null : byElement.get(e);
    if (v == null) {
      Value q = eval(qualifier);
      if (q.fresh != null) {
        rules.discarded(q);
      }
      return Value.plain();
    }
    Element method = ctx.trees.getElement(path);
    if (method instanceof ExecutableElement
        && ctx.model.names().isCloseMethod((ExecutableElement) method)) {
      rules.closedByReference(v, path);
    }
    List<Element> captured = new ArrayList<>();
    captured.add(e);
    return carrier(path, captured);
  }

  // ---------------------------------------------------------------- expressions

  /** Conditional outcomes of a boolean expression (javac's initsWhenTrue / initsWhenFalse). */
  private static final class Conditions {
    final FlowState whenTrue;
    final FlowState whenFalse;

    Conditions(FlowState whenTrue, FlowState whenFalse) {
      this.whenTrue = whenTrue;
      this.whenFalse = whenFalse;
    }
  }

  private Conditions condition(TreePath path) {
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED:
        return condition(child(path, ((ParenthesizedTree) tree).getExpression()));
      case LOGICAL_COMPLEMENT:
        {
          Conditions inner = condition(child(path, ((UnaryTree) tree).getExpression()));
          return new Conditions(inner.whenFalse, inner.whenTrue);
        }
      case CONDITIONAL_AND:
        {
          BinaryTree b = (BinaryTree) tree;
          Conditions left = condition(child(path, b.getLeftOperand()));
          state = left.whenTrue;
          Conditions right = condition(child(path, b.getRightOperand()));
          FlowState whenFalse = left.whenFalse;
          whenFalse.join(right.whenFalse);
          return new Conditions(right.whenTrue, whenFalse);
        }
      case CONDITIONAL_OR:
        {
          BinaryTree b = (BinaryTree) tree;
          Conditions left = condition(child(path, b.getLeftOperand()));
          state = left.whenFalse;
          Conditions right = condition(child(path, b.getRightOperand()));
          FlowState whenTrue = left.whenTrue;
          whenTrue.join(right.whenTrue);
          return new Conditions(whenTrue, right.whenFalse);
        }
      case IDENTIFIER:
        {
          Element e = ctx.trees.getElement(path);
          TrackedVar flag = e == null ? null : byElement.get(e);
          if (flag != null && flag.role == TrackedVar.Role.FLAG) {
            FlowState whenTrue = state.copy();
            FlowState whenFalse = state.copy();
            int i = flag.index;
            if (whenTrue.holds.get(i)) {
              whenTrue.assign(i, true, false);
            } else {
              whenTrue = FlowState.dead();
            }
            if (whenFalse.empty.get(i)) {
              whenFalse.assign(i, false, true);
            } else {
              whenFalse = FlowState.dead();
            }
            return new Conditions(whenTrue, whenFalse);
          }
          break;
        }
      case BOOLEAN_LITERAL:
        {
          boolean value = Boolean.TRUE.equals(((LiteralTree) tree).getValue());
          FlowState dead = FlowState.dead();
          return value ? new Conditions(state, dead) : new Conditions(dead, state);
        }
      case EQUAL_TO:
      case NOT_EQUAL_TO:
        {
          BinaryTree b = (BinaryTree) tree;
          TrackedVar tested = nullTested(path, b);
          if (tested != null) {
            FlowState isNull = state.copy();
            FlowState notNull = state.copy();
            int v = tested.index;
            if (isNull.empty.get(v)) {
              isNull.assign(v, false, true);
            } else {
              isNull = FlowState.dead();
            }
            if (notNull.holds.get(v) || notNull.moved.get(v) || notNull.dropped.get(v)
                || !notNull.empty.get(v)) {
              notNull.empty.clear(v);
            } else {
              notNull = FlowState.dead();
            }
            return tree.getKind() == Tree.Kind.EQUAL_TO
                ? new Conditions(isNull, notNull)
                : new Conditions(notNull, isNull);
          }
          // Comparing references does not touch the resources: no use, even after a move.
          rules.discarded(eval(child(path, b.getLeftOperand())));
          rules.discarded(eval(child(path, b.getRightOperand())));
          return new Conditions(state, state.copy());
        }
      case INSTANCE_OF:
        {
          InstanceOfTree t = (InstanceOfTree) tree;
          rules.used(state, eval(child(path, t.getExpression())));
          FlowState whenFalse = state.copy();
          bindPattern(path, t, eval(child(path, t.getExpression())));
          return new Conditions(state, whenFalse);
        }
      default:
        break;
    }
    rules.used(state, eval(path));
    return new Conditions(state, state.copy());
  }

  /**
   * {@code x == null} / {@code x != null} on a tracked variable: the variable, else null. The
   * operand may assign it first, as in {@code while ((r = next()) != null)}; that assignment is
   * analysed here.
   */
  private TrackedVar nullTested(TreePath path, BinaryTree b) {
    ExpressionTree operand;
    if (b.getRightOperand().getKind() == Tree.Kind.NULL_LITERAL) {
      operand = b.getLeftOperand();
    } else if (b.getLeftOperand().getKind() == Tree.Kind.NULL_LITERAL) {
      operand = b.getRightOperand();
    } else {
      return null;
    }
    operand = skipParens(operand);
    if (operand instanceof AssignmentTree) {
      TreePath assignment = child(path, operand);
      ExpressionTree target = skipParens(((AssignmentTree) operand).getVariable());
      TrackedVar assigned = testedVariable(child(assignment, target), target);
      if (assigned == null) {
        return null;
      }
      rules.discarded(eval(assignment));
      return assigned;
    }
    return testedVariable(child(path, operand), operand);
  }

  private TrackedVar testedVariable(TreePath path, ExpressionTree operand) {
    if (operand instanceof IdentifierTree || operand instanceof MemberSelectTree) {
      Element e = ctx.trees.getElement(path);
      TrackedVar v = e == null ? null : byElement.get(e);
      if (v != null && (v.role != TrackedVar.Role.FIELD || refersToThisField(operand))) {
        return v;
      }
    }
    return null;
  }

  private static ExpressionTree skipParens(ExpressionTree e) {
    while (e instanceof ParenthesizedTree) {
      e = ((ParenthesizedTree) e).getExpression();
    }
    return e;
  }

  private void bindPattern(TreePath path, InstanceOfTree t, Value matched) {
    if (t.getPattern() != null) {
      bindings(child(path, t.getPattern()), matched);
    }
  }

  /** Declares the binding variables of a pattern as borrows of the matched value. */
  private void bindings(TreePath pattern, Value matched) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        checkAnnotatedLocal(getCurrentPath(), node);
        Element e = ctx.trees.getElement(getCurrentPath());
        if (e != null && ctx.model.isTracked(e.asType())) {
          TrackedVar v = declare(e, TrackedVar.Role.BORROW, getCurrentPath());
          state.assign(v.index, true, false);
          state.setSources(v.index, sourcesOf(matched));
        }
        return super.visitVariable(node, unused);
      }
    }.scan(pattern, null);
  }

  Value eval(TreePath path) {
    // One call per kind. The optimising JIT inlines most kinds' rules here (about 8 KB of
    // bytecode, 100-200 ms of its time in a fresh JVM's dense benchmark); dispatching through
    // accept, which it cannot inline through, saved that and ran slower (docs/PERFORMANCE.md).
    Tree tree = path.getLeaf();
    switch (tree.getKind()) {
      case PARENTHESIZED:
        return eval(child(path, ((ParenthesizedTree) tree).getExpression()));
      case TYPE_CAST:
        return eval(child(path, ((TypeCastTree) tree).getExpression()));
      case NULL_LITERAL:
        return Value.nullValue();
      case IDENTIFIER:
        return identifier(path, (IdentifierTree) tree);
      case MEMBER_SELECT:
        return memberSelect(path, (MemberSelectTree) tree);
      case METHOD_INVOCATION:
        return invocation(path, (MethodInvocationTree) tree);
      case NEW_CLASS:
        return newClass(path, (NewClassTree) tree);
      case ASSIGNMENT:
        return assignment(path, (AssignmentTree) tree);
      case CONDITIONAL_EXPRESSION:
        return conditionalExpression(path, (ConditionalExpressionTree) tree);
      case LAMBDA_EXPRESSION:
        return lambda(path);
      case MEMBER_REFERENCE:
        return memberReference(path, (MemberReferenceTree) tree);
      case NEW_ARRAY:
        return newArray(path, (NewArrayTree) tree);
      case INSTANCE_OF:
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
      case LOGICAL_COMPLEMENT:
      case EQUAL_TO:
      case NOT_EQUAL_TO:
        return test(path);
      case PLUS_ASSIGNMENT:
      case MINUS_ASSIGNMENT:
      case MULTIPLY_ASSIGNMENT:
      case DIVIDE_ASSIGNMENT:
      case REMAINDER_ASSIGNMENT:
      case AND_ASSIGNMENT:
      case OR_ASSIGNMENT:
      case XOR_ASSIGNMENT:
      case LEFT_SHIFT_ASSIGNMENT:
      case RIGHT_SHIFT_ASSIGNMENT:
      case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT:
        return compoundAssignment(path, (CompoundAssignmentTree) tree);
      default:
        return otherExpression(path, tree);
    }
  }

  private Value conditionalExpression(TreePath path, ConditionalExpressionTree c) {
    Conditions cond = condition(child(path, c.getCondition()));
    state = cond.whenTrue;
    Value whenTrue = eval(child(path, c.getTrueExpression()));
    FlowState afterTrue = state;
    state = cond.whenFalse;
    Value whenFalse = eval(child(path, c.getFalseExpression()));
    state.join(afterTrue);
    return Value.union(whenTrue, whenFalse);
  }

  private Value newArray(TreePath path, NewArrayTree a) {
    for (ExpressionTree dim : a.getDimensions()) {
      rules.used(state, eval(child(path, dim)));
    }
    if (a.getInitializers() != null) {
      for (ExpressionTree init : a.getInitializers()) {
        rules.storedInNonOwner(state, eval(child(path, init)), child(path, init));
      }
    }
    return Value.plain();
  }

  /** A test used as a value: both outcomes continue. */
  private Value test(TreePath path) {
    Conditions c = condition(path);
    state = c.whenTrue;
    state.join(c.whenFalse);
    return Value.plain();
  }

  private Value compoundAssignment(TreePath path, CompoundAssignmentTree c) {
    Value target = eval(child(path, c.getVariable()));
    rules.used(state, eval(child(path, c.getExpression())));
    for (Value.Ref r : target.refs()) {
      if (r.var.role == TrackedVar.Role.FLAG) {
        state.assign(r.var.index, true, true);
      }
    }
    rules.used(state, target);
    return Value.plain();
  }

  private Value otherExpression(TreePath path, Tree tree) {
    if (tree.getKind().name().equals("SWITCH_EXPRESSION")) {
      return switchExpression(path, tree);
    }
    if (tree instanceof BinaryTree) {
      rules.used(state, eval(child(path, ((BinaryTree) tree).getLeftOperand())));
      rules.used(state, eval(child(path, ((BinaryTree) tree).getRightOperand())));
      return Value.plain();
    }
    if (tree instanceof UnaryTree) {
      rules.used(state, eval(child(path, ((UnaryTree) tree).getExpression())));
      return Value.plain();
    }
    scanUnknown(path);
    return Value.none();
  }

  /** Expressions with no ownership meaning of their own: their parts are still analysed. */
  private void scanUnknown(TreePath path) {
    Tree tree = path.getLeaf();
    if (tree instanceof com.sun.source.tree.ArrayAccessTree) {
      com.sun.source.tree.ArrayAccessTree a = (com.sun.source.tree.ArrayAccessTree) tree;
      rules.used(state, eval(child(path, a.getExpression())));
      rules.used(state, eval(child(path, a.getIndex())));
    }
    // Literals, types and other leaves carry no ownership.
  }

  private Value identifier(TreePath path, IdentifierTree tree) {
    Element e = ctx.trees.getElement(path);
    if (e == null) {
      return Value.none();
    }
    TrackedVar v = byElement.get(e);
    if (v != null) {
      return Value.of(v, path);
    }
    if (ctx.model.names().isThis(tree.getName()) || ctx.model.names().isSuper(tree.getName())) {
      return self(path);
    }
    return fieldValue(path, e);
  }

  /**
   * {@code this} (or {@code super}): a borrow of the object when its class is tracked, since the
   * method only borrows the receiver; an ordinary object otherwise.
   */
  private Value self(TreePath path) {
    if (self != null) {
      return Value.of(self, path);
    }
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        Element type = ctx.trees.getElement(p);
        if (type == null || !ctx.model.isTracked(type.asType())) {
          return Value.plain();
        }
        Value self = Value.borrowed(path, null);
        self.borrowedName = "this";
        return self;
      }
    }
    return Value.plain();
  }

  private Value fieldValue(TreePath path, Element e) {
    if (e.getKind() == ElementKind.FIELD && e.getModifiers().contains(Modifier.STATIC)) {
      // A static holds a value for the whole program: the class owns it, and may close it at
      // shutdown or hand it on. Statics are not followed.
      return Value.plain();
    }
    if (e.getKind() == ElementKind.FIELD) {
      if (ctx.model.isTracked(e.asType()) || ctx.model.isOwnedDeclaration(e)) {
        return Value.borrowed(path, null);
      }
      return Value.plain();
    }
    if (e.getKind() == ElementKind.ENUM_CONSTANT) {
      return Value.plain();
    }
    return Value.none();
  }

  private boolean refersToThisField(ExpressionTree tree) {
    if (tree instanceof IdentifierTree) {
      return true;
    }
    if (tree instanceof MemberSelectTree) {
      ExpressionTree qualifier = skipParens(((MemberSelectTree) tree).getExpression());
      return qualifier instanceof IdentifierTree
          && ctx.model.names().isThis(((IdentifierTree) qualifier).getName());
    }
    return false;
  }

  private Value memberSelect(TreePath path, MemberSelectTree tree) {
    Element e = ctx.trees.getElement(path);
    if (e != null) {
      TrackedVar v = byElement.get(e);
      if (v != null && v.role == TrackedVar.Role.FIELD && refersToThisField(tree)) {
        return Value.of(v, path);
      }
    }
    if (e != null && (e.getKind() == ElementKind.PACKAGE || e.getKind().isClass()
        || e.getKind().isInterface())) {
      return Value.none();
    }
    if (ctx.model.names().isThis(tree.getIdentifier())) {
      return self(path);
    }
    if (ctx.model.names().isClassLiteral(tree.getIdentifier())) {
      return Value.plain();
    }
    Value qualifier = eval(child(path, tree.getExpression()));
    rules.used(state, qualifier);
    if (e == null) {
      return Value.none();
    }
    Value field = fieldValue(path, e);
    if (field.borrowed != null) {
      field.addBorrowSources(sourcesOf(qualifier));
    }
    return field;
  }

  private Value invocation(TreePath path, MethodInvocationTree tree) {
    Element element = ctx.trees.getElement(path);
    CallContract contract =
        element instanceof ExecutableElement
            ? ctx.model.callContract((ExecutableElement) element)
            : null;
    TreePath select = child(path, tree.getMethodSelect());
    Value receiver = Value.none();
    TreePath receiverPath = null;
    if (tree.getMethodSelect() instanceof MemberSelectTree) {
      receiverPath = child(select, ((MemberSelectTree) tree.getMethodSelect()).getExpression());
      receiver = eval(receiverPath);
    } else if (contract != null && !contract.isStatic() && !contract.isConstructor()) {
      // An unqualified call on 'this'.
      receiver = self(select);
    }
    if (contract == null) {
      for (ExpressionTree arg : tree.getArguments()) {
        rules.used(state, eval(child(path, arg)));
      }
      return Value.none();
    }
    ExecutableElement method = (ExecutableElement) element;
    boolean isThisOrSuperCall =
        tree.getMethodSelect() instanceof IdentifierTree
            && (ctx.model.names().isThis(((IdentifierTree) tree.getMethodSelect()).getName())
                || ctx.model.names().isSuper(((IdentifierTree) tree.getMethodSelect()).getName()));
    if (contract.dropsReceiver()) {
      rules.dropped(state, receiver, ownedByTry);
    } else if (contract.consumesReceiver()) {
      rules.moved(state, receiver, ownedByTry);
    } else if (!isThisOrSuperCall) {
      rules.receiverUsed(state, receiver);
    }
    Value borrowedFrom = Value.union(Value.none(), receiver);
    Value passedThrough;
    if (isThisOrSuperCall && frame.kind == MethodFrame.Kind.CONSTRUCTOR) {
      List<Value> toSuper = new ArrayList<>();
      passedThrough = arguments(path, method, contract, tree.getArguments(), borrowedFrom, toSuper);
      handToSuperclass(toSuper);
    } else {
      passedThrough = arguments(path, method, contract, tree.getArguments(), borrowedFrom, null);
    }
    List<? extends TypeMirror> thrown = exceptionTypes.thrownTypes(method, receiverPath);
    mayThrow(thrown);
    if (frame.kind == MethodFrame.Kind.CLOSE && contract.dropsReceiver()) {
      // Inside close(), a failing close() must not stop the remaining fields from being dropped.
      throwTo(exceptionTypes.runtimeException, path);
    }
    throwsChecked(thrown, path);
    if (passedThrough != null) {
      return passedThrough;
    }
    if (receiverPath != null
        && contract.mayReturnTypeArgument()
        && producesOwnedThroughFunctionalType(receiverPath, method)) {
      return Value.fresh(path);
    }
    return result(path, contract, borrowedFrom);
  }

  /**
   * Analyses the arguments of a call. Returns the value of the argument the call hands back
   * unchanged, if any: a generic {@code <T> T m(T x)} such as {@code Objects.requireNonNull} passes
   * ownership through to its result instead of borrowing it. With {@code deferredMoves} non-null
   * the moves into {@code @Owned} parameters are collected there instead of applied (a constructor
   * takes ownership only when it returns). A fresh value evaluated for an earlier argument leaks if
   * a later argument throws.
   */
  private Value arguments(
      TreePath path,
      ExecutableElement method,
      CallContract contract,
      List<? extends ExpressionTree> args,
      Value into,
      List<Value> deferredMoves) {
    Value passedThrough = null;
    List<TreePath> inFlight = null; // made at the first fresh argument: most calls have none
    for (int i = 0; i < args.size(); i++) {
      TreePath argPath = child(path, args.get(i));
      int exitsBefore = exits.size();
      Value arg = eval(argPath);
      if (inFlight != null) {
        leakInFlightOnThrow(inFlight, exitsBefore);
      }
      if (arg.fresh != null) {
        if (inFlight == null) {
          inFlight = new ArrayList<>(2);
        }
        inFlight.add(arg.fresh);
      }
      if (contract.parameter(i) == Ownership.OWNED) {
        if (deferredMoves != null) {
          rules.usedRefs(state, arg);
          deferredMoves.add(arg);
        } else {
          rules.moved(state, arg, ownedByTry);
        }
      } else if (passedThrough == null && contract.mayPassArgumentThrough()
          && passesThrough(method, i)) {
        rules.usedRefs(state, arg);
        passedThrough = arg;
      } else {
        rules.passed(state, arg);
        into.addRefs(arg.refs());
        into.addBorrowSourcesOf(arg);
      }
    }
    return passedThrough;
  }

  /**
   * {@code super(open())}: the value becomes part of this object, which the caller gets only if
   * the constructor returns; a later failure of this constructor leaks it, as it would a field's.
   */
  private void handToSuperclass(List<Value> moved) {
    TreePath site = null;
    for (Value v : moved) {
      rules.moved(state, v, ownedByTry);
      boolean fromOwnedParameter = v.onlyOwnedParameters();
      if (!fromOwnedParameter && (v.fresh != null || !v.refs().isEmpty())) {
        site = v.fresh != null ? v.fresh : v.refs().get(0).at;
      }
    }
    if (site == null || frame.body.getParentPath() == null) {
      return;
    }
    TreePath constructor = frame.body.getParentPath();
    if (superclassPart == null) {
      superclassPart =
          new TrackedVar(vars.size(), TrackedVar.Role.FIELD, ctx.trees.getElement(constructor), "super", constructor);
      vars.add(superclassPart);
      scopes.getLast().add(superclassPart);
    }
    state.assign(superclassPart.index, true, false);
    state.storeSite(superclassPart.index, site);
  }

  /** Fresh argument values already evaluated leak when a later argument throws a checked exception. */
  private void leakInFlightOnThrow(List<TreePath> inFlight, int exitsBefore) {
    for (int e = exitsBefore; e < exits.size(); e++) {
      PendingExit exit = exits.get(e);
      if (exit.kind == PendingExit.Kind.THROW) {
        for (TreePath value : inFlight) {
          rules.leakedByLaterArgument(value, exit.site);
        }
        return;
      }
    }
  }

  /**
   * {@code supplier.get()} on a {@code Supplier<Res>}: the functional method's result, seen through
   * the receiver's type arguments, is tracked, so it is owned, as the lambda implementing it is
   * checked to hand out an owned value. (Other generic methods, such as {@code List<Res>.get},
   * return elements that stay owned by their container.) Asked only for a call whose contract
   * {@linkplain CallContract#mayReturnTypeArgument may return a type argument}.
   */
  private boolean producesOwnedThroughFunctionalType(TreePath receiverPath, ExecutableElement method) {
    TypeMirror receiver = ctx.trees.getTypeMirror(receiverPath);
    if (!(receiver instanceof javax.lang.model.type.DeclaredType)) {
      return false;
    }
    if (!method.equals(ctx.model.functionalMethod(receiver))) {
      return false;
    }
    TypeMirror member = ctx.types.asMemberOf((javax.lang.model.type.DeclaredType) receiver, method);
    return member instanceof javax.lang.model.type.ExecutableType
        && ctx.model.isTracked(((javax.lang.model.type.ExecutableType) member).getReturnType());
  }

  /**
   * For a call whose contract {@linkplain CallContract#mayPassArgumentThrough may pass an argument
   * through}: whether the argument at {@code index} is of the result's type.
   */
  private boolean passesThrough(ExecutableElement method, int index) {
    List<? extends VariableElement> params = method.getParameters();
    return !params.isEmpty()
        && ctx.types.isSameType(
            params.get(Math.min(index, params.size() - 1)).asType(), method.getReturnType());
  }

  /** The checked exceptions among {@code thrown} leave the current point. */
  private void throwsChecked(List<? extends TypeMirror> thrown, TreePath site) {
    for (TypeMirror type : thrown) {
      if (type.getKind() == TypeKind.DECLARED && exceptionTypes.isChecked(type)) {
        throwTo(type, site);
      }
    }
  }

  private Value result(TreePath path, CallContract contract, Value inputs) {
    if (contract.isConstructor()) {
      // super(..) or this(..): initialises this object, creates nothing.
      return Value.none();
    }
    if (contract.result() == Ownership.OWNED) {
      return Value.fresh(path);
    }
    if (contract.result() == Ownership.BORROWED) {
      return Value.borrowed(path, sourcesOf(inputs));
    }
    return Value.plain();
  }

  private Value newClass(TreePath path, NewClassTree tree) {
    if (tree.getEnclosingExpression() != null) {
      rules.used(state, eval(child(path, tree.getEnclosingExpression())));
    }
    Element element = ctx.trees.getElement(path);
    Value inputs = new Value();
    if (element instanceof ExecutableElement) {
      // Ownership passes to a constructor only when it returns: if it throws, the caller still
      // owns what it passed to @Owned parameters.
      List<Value> moves = new ArrayList<>();
      ExecutableElement constructor = (ExecutableElement) element;
      arguments(
          path, constructor, ctx.model.callContract(constructor), tree.getArguments(), inputs, moves);
      List<? extends TypeMirror> thrown = constructor.getThrownTypes();
      mayThrow(thrown);
      int exitsBefore = exits.size();
      throwsChecked(thrown, path);
      // A fresh value handed to a constructor that throws belongs to nobody: new Outer(open()).
      List<TreePath> handedOver = new ArrayList<>();
      for (Value moved : moves) {
        if (moved.fresh != null) {
          handedOver.add(moved.fresh);
        }
      }
      leakInFlightOnThrow(handedOver, exitsBefore);
      for (Value moved : moves) {
        rules.moved(state, moved, ownedByTry);
      }
    } else {
      for (ExpressionTree arg : tree.getArguments()) {
        rules.used(state, eval(child(path, arg)));
      }
    }
    if (tree.getClassBody() != null) {
      TreePath body = child(path, tree.getClassBody());
      List<Element> captured = captures(body);
      ctx.pending.add(new AnalysisContext.NestedBody(body, captured));
      TypeMirror type = ctx.trees.getTypeMirror(path);
      // An anonymous class that owns fields but cannot be closed is reported on its fields.
      if (ctx.model.isTracked(type) && ctx.model.isAutoCloseable(type)) {
        return Value.fresh(path);
      }
      return carrier(path, captured);
    }
    TypeMirror type = ctx.trees.getTypeMirror(path);
    if (ctx.model.isTracked(type)) {
      return Value.fresh(path);
    }
    return Value.plain();
  }

  private Value assignment(TreePath path, AssignmentTree tree) {
    TreePath lhsPath = child(path, tree.getVariable());
    ExpressionTree lhs = skipParens(tree.getVariable());
    Element e = ctx.trees.getElement(lhsPath);
    TrackedVar v = e == null ? null : byElement.get(e);
    if (v != null && v.role == TrackedVar.Role.FIELD && !refersToThisField(lhs)) {
      v = null;
    }
    if (lhs instanceof MemberSelectTree && (v == null)) {
      rules.used(state, eval(child(lhsPath, ((MemberSelectTree) lhs).getExpression())));
    }
    if (lhs instanceof com.sun.source.tree.ArrayAccessTree) {
      com.sun.source.tree.ArrayAccessTree a = (com.sun.source.tree.ArrayAccessTree) lhs;
      rules.used(state, eval(child(lhsPath, a.getExpression())));
      rules.used(state, eval(child(lhsPath, a.getIndex())));
    }
    TreePath rhsPath = child(path, tree.getExpression());
    Value value = eval(rhsPath);
    if (v == null && e != null && e.getKind() == ElementKind.LOCAL_VARIABLE && !value.captured().isEmpty()) {
      // A local assigned a capturing lambda or object after its declaration carries the borrow
      // from here on (within the current block).
      v = declare(e, TrackedVar.Role.BORROW, lhsPath);
    }
    if (v == null) {
      if (e != null && e.getKind() == ElementKind.FIELD) {
        boolean owned =
            ctx.model.isTracked(e.asType()) || ctx.model.isOwnedDeclaration(e);
        if (owned) {
          // Into an owned field of another object, or a static holding a tracked value.
          rules.moved(state, value, ownedByTry);
        } else {
          rules.escapedToField(state, value);
        }
      } else if (lhs instanceof com.sun.source.tree.ArrayAccessTree) {
        rules.escapedToField(state, value);
      } else {
        rules.storedInNonOwner(state, value, path);
      }
      return Value.none();
    }
    switch (v.role) {
      case FLAG:
        setFlag(v, rhsPath, value);
        return Value.none();
      case OWNER:
      case OWNED_PARAM:
      case FIELD:
        rules.overwritten(state, v, path);
        moveInto(v, value, rhsPath, path);
        return Value.of(v, lhsPath);
      case BORROW:
        borrowInto(v, value, rhsPath);
        return Value.of(v, lhsPath);
      default:
        rules.used(state, value);
        return Value.none();
    }
  }

  private void returnValue(Value value, TreePath at) {
    rules.returned(state, value, ownedByTry);
  }
}
