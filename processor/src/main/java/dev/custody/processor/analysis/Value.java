package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.BitSet;
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

  /** A value with no ownership meaning (a primitive, a literal, an untracked object). */
  static Value none() {
    return new Value();
  }

  final List<Ref> refs = new ArrayList<>();
  /** May be a fresh owned value nobody owns yet (a {@code new} or a call with an owned result). */
  TreePath fresh;
  /** May be a borrow that is not a tracked variable ({@code this}, a field, a {@code @Borrowed} result). */
  TreePath borrowed;
  /** How messages name the borrowed part when its tree does not say it (an implicit {@code this}). */
  String borrowedName;
  /** Owners the borrowed part of this value borrows from. */
  final BitSet borrowSources = new BitSet();
  /** For a lambda or object that captured tracked variables: those variables. */
  final List<TrackedVar> captured = new ArrayList<>();
  boolean mayBeNull;
  /** An untracked value that is neither null nor a borrow (e.g. {@code new Plain()}). */
  boolean plain;

  static Value of(TrackedVar var, TreePath at) {
    Value v = new Value();
    v.refs.add(new Ref(var, at));
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
    if (sources != null) {
      v.borrowSources.or(sources);
    }
    return v;
  }

  static Value nullValue() {
    Value v = new Value();
    v.mayBeNull = true;
    return v;
  }

  static Value plain() {
    Value v = new Value();
    v.plain = true;
    return v;
  }

  static Value union(Value a, Value b) {
    Value v = new Value();
    for (Value part : new Value[] {a, b}) {
      v.refs.addAll(part.refs);
      if (v.fresh == null) {
        v.fresh = part.fresh;
      }
      if (v.borrowed == null) {
        v.borrowed = part.borrowed;
        v.borrowedName = part.borrowedName;
      }
      v.borrowSources.or(part.borrowSources);
      v.captured.addAll(part.captured);
      v.mayBeNull |= part.mayBeNull;
      v.plain |= part.plain;
    }
    return v;
  }

  /** The borrowed part as messages name it. */
  String borrowedDescription() {
    return borrowedName != null ? borrowedName : RuleSupport.describe(borrowed.getLeaf());
  }

  boolean isNothing() {
    return refs.isEmpty() && fresh == null && borrowed == null && !plain;
  }
}
