package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * What an expression may evaluate to, as far as ownership goes. A conditional expression yields the
 * union of its branches, so a value can be "owner a or owner b or a fresh value".
 */
final class Value {
  /** A reference to a tracked variable, with the identifier that names it. */
  static final class Ref {
    final TrackedVar var;
    final TreePath at;

    Ref(TrackedVar var, TreePath at) {
      this.var = var;
      this.at = at;
    }
  }

  private static final List<Ref> NO_REFS = Collections.emptyList();
  private static final List<TrackedVar> NO_CAPTURES = Collections.emptyList();

  /*
   * The three values most expressions have, shared: one is asked for nearly every expression, and
   * an allocation each time is most of what a literal or an untracked call costs the analysis
   * while its code still runs interpreted. Shared values refuse to change; a value to be built up
   * starts as new Value().
   */
  private static final Value NONE = shared(false, false);
  private static final Value NULL = shared(true, false);
  private static final Value PLAIN = shared(false, true);

  /** A value with no ownership meaning (a primitive, a literal, an untracked object). */
  static Value none() {
    return NONE;
  }

  /*
   * Most values name no owner, borrow from none and capture nothing: the collections below start
   * empty and shared, and are made only when something goes in (most of the flow analysis' values
   * are allocated for one expression and dropped).
   */
  private List<Ref> refs = NO_REFS;
  /** May be a fresh owned value nobody owns yet (a {@code new} or a call with an owned result). */
  TreePath fresh;
  /** May be a borrow that is not a tracked variable ({@code this}, a field, a {@code @Borrowed} result). */
  TreePath borrowed;
  /** How messages name the borrowed part when its tree does not say it (an implicit {@code this}). */
  String borrowedName;
  /** Owners the borrowed part of this value borrows from; null for none. */
  private BitSet borrowSources;
  /** For a lambda or object that captured tracked variables: those variables. */
  private List<TrackedVar> captured = NO_CAPTURES;
  boolean mayBeNull;
  /** An untracked value that is neither null nor a borrow (e.g. {@code new Plain()}). */
  boolean plain;
  /** Set only on the three shared values: they refuse to change. */
  private boolean shared;

  static Value of(TrackedVar var, TreePath at) {
    Value v = new Value();
    v.addRef(new Ref(var, at));
    return v;
  }

  static Value fresh(TreePath at) {
    Value v = new Value();
    v.fresh = at;
    return v;
  }

  static Value borrowed(TreePath at, BitSet sources) {
    Value v = new Value();
    v.borrowed = at;
    v.addBorrowSources(sources);
    return v;
  }

  static Value nullValue() {
    return NULL;
  }

  static Value plain() {
    return PLAIN;
  }

  private static Value shared(boolean mayBeNull, boolean plain) {
    Value v = new Value();
    v.mayBeNull = mayBeNull;
    v.plain = plain;
    v.shared = true;
    return v;
  }

  private void checkNotShared() {
    if (shared) {
      throw new IllegalStateException("a shared value cannot change; build on new Value()");
    }
  }

  static Value union(Value a, Value b) {
    Value v = new Value();
    v.addRefs(a.refs);
    v.addRefs(b.refs);
    v.fresh = a.fresh != null ? a.fresh : b.fresh;
    Value borrowedPart = a.borrowed != null ? a : b;
    v.borrowed = borrowedPart.borrowed;
    v.borrowedName = borrowedPart.borrowedName;
    v.addBorrowSources(a.borrowSources);
    v.addBorrowSources(b.borrowSources);
    v.addCaptured(a.captured);
    v.addCaptured(b.captured);
    v.mayBeNull = a.mayBeNull || b.mayBeNull;
    v.plain = a.plain || b.plain;
    return v;
  }

  /** The tracked variables this value may be, with the identifiers that name them. */
  List<Ref> refs() {
    return refs;
  }

  void addRef(Ref ref) {
    checkNotShared();
    refs = withAdded(refs, ref);
  }

  void addRefs(List<Ref> more) {
    for (int i = 0; i < more.size(); i++) { // indexed: no iterator for the usual empty list
      addRef(more.get(i));
    }
  }

  /** Whether this value names owners and every one of them is an {@code @Owned} parameter. */
  boolean onlyOwnedParameters() {
    for (Ref ref : refs) {
      if (ref.var.role != TrackedVar.Role.OWNED_PARAM) {
        return false;
      }
    }
    return !refs.isEmpty();
  }

  /** Adds {@code sources} (null: none) to the owners the borrowed part borrows from. */
  void addBorrowSources(BitSet sources) {
    if (sources == null || sources.isEmpty()) {
      return;
    }
    checkNotShared();
    if (borrowSources == null) {
      borrowSources = new BitSet();
    }
    borrowSources.or(sources);
  }

  /** Adds the owners {@code other}'s borrowed part borrows from to this value's. */
  void addBorrowSourcesOf(Value other) {
    addBorrowSources(other.borrowSources);
  }

  /** Adds the owners the borrowed part borrows from to {@code into}. */
  void borrowSourcesInto(BitSet into) {
    if (borrowSources != null) {
      into.or(borrowSources);
    }
  }

  /** For a lambda or object that captured tracked variables: those variables. */
  List<TrackedVar> captured() {
    return captured;
  }

  void addCaptured(TrackedVar var) {
    checkNotShared();
    captured = withAdded(captured, var);
  }

  /** {@code list} with {@code item} added: a new list in place of the shared empty one. */
  private static <T> List<T> withAdded(List<T> list, T item) {
    List<T> result = list.isEmpty() ? new ArrayList<>(2) : list;
    result.add(item);
    return result;
  }

  void addCaptured(List<TrackedVar> more) {
    for (int i = 0; i < more.size(); i++) { // indexed, as in addRefs
      addCaptured(more.get(i));
    }
  }

  /** The borrowed part as messages name it. */
  String borrowedDescription() {
    return borrowedName != null ? borrowedName : RuleSupport.describe(borrowed.getLeaf());
  }

  boolean isNothing() {
    return refs.isEmpty() && fresh == null && borrowed == null && !plain;
  }
}
