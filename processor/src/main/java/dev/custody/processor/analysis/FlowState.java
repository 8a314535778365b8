package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What every tracked variable may hold at one program point, as bit sets indexed by variable (the
 * layout of javac's {@code Flow} analyzers). All facts are "may" facts joined by union, so a use is
 * an error as soon as any path reaching it moved or dropped the value.
 *
 * <p>The sites (where a value was moved or dropped, which move invalidated a borrow) only feed
 * messages; they take no part in the fixpoint comparison.
 *
 * <p>A state is copied at every branch, loop pass and exit, and most copies change a few bits
 * before they are joined again, so copying must not cost the number of variables: the per-variable
 * arrays are shared between a state and its copies until one of them writes (then it copies them
 * for itself), and the per-variable sets in them are never changed in place, only replaced.
 */
final class FlowState {
  private static final BitSet[] NO_SETS = new BitSet[0];
  private static final TreePath[] NO_SITES = new TreePath[0];

  /** May hold a live owned value. */
  final BitSet holds;
  /** May have been moved away. */
  final BitSet moved;
  /** May have been dropped (closed). */
  final BitSet dropped;
  /** May hold nothing (null, never assigned). */
  final BitSet empty;
  /** A borrow whose owner may have been moved or dropped. */
  final BitSet invalid;
  /** For borrows and borrow carriers: the owners they may borrow from, per variable. */
  private BitSet[] sources;
  /** For invalid borrows: the owners whose move or drop invalidated them. */
  private BitSet[] invalidBy;
  private TreePath[] moveSite;
  private TreePath[] dropSite;
  private TreePath[] invalidSite;
  /** For owned fields in a constructor: where a value that the object would own was stored. */
  private TreePath[] storeSite;
  /** Whether the six arrays above may be another state's too (copy them before writing). */
  private boolean shared;
  /** False after return/throw/break/continue: the point is unreachable. */
  boolean alive;

  private FlowState(boolean alive) {
    this(alive, new BitSet(), new BitSet(), new BitSet(), new BitSet(), new BitSet());
    this.sources = NO_SETS;
    this.invalidBy = NO_SETS;
    this.moveSite = NO_SITES;
    this.dropSite = NO_SITES;
    this.invalidSite = NO_SITES;
    this.storeSite = NO_SITES;
    this.shared = true;
  }

  private FlowState(
      boolean alive, BitSet holds, BitSet moved, BitSet dropped, BitSet empty, BitSet invalid) {
    this.alive = alive;
    this.holds = holds;
    this.moved = moved;
    this.dropped = dropped;
    this.empty = empty;
    this.invalid = invalid;
  }

  static FlowState entry() {
    return new FlowState(true);
  }

  static FlowState dead() {
    return new FlowState(false);
  }

  FlowState copy() {
    FlowState c =
        new FlowState(
            alive,
            (BitSet) holds.clone(),
            (BitSet) moved.clone(),
            (BitSet) dropped.clone(),
            (BitSet) empty.clone(),
            (BitSet) invalid.clone());
    c.shareArraysOf(this);
    return c;
  }

  private void shareArraysOf(FlowState other) {
    sources = other.sources;
    invalidBy = other.invalidBy;
    moveSite = other.moveSite;
    dropSite = other.dropSite;
    invalidSite = other.invalidSite;
    storeSite = other.storeSite;
    shared = true;
    other.shared = true;
  }

  /** Makes the per-variable arrays this state's own, long enough for variable {@code v}. */
  private void writable(int v) {
    int length = Math.max(sources.length, v + 1);
    if (v >= sources.length) {
      length = Math.max(length, Math.max(16, sources.length * 2));
    }
    if (shared || length > sources.length) {
      sources = Arrays.copyOf(sources, length);
      invalidBy = Arrays.copyOf(invalidBy, length);
      moveSite = Arrays.copyOf(moveSite, length);
      dropSite = Arrays.copyOf(dropSite, length);
      invalidSite = Arrays.copyOf(invalidSite, length);
      storeSite = Arrays.copyOf(storeSite, length);
      shared = false;
    }
  }

  /** Joins {@code other} into this state (union of the may-facts). */
  void join(FlowState other) {
    if (!other.alive) {
      return;
    }
    if (!alive) {
      holds.clear();
      moved.clear();
      dropped.clear();
      empty.clear();
      invalid.clear();
      alive = true;
      holds.or(other.holds);
      moved.or(other.moved);
      dropped.or(other.dropped);
      empty.or(other.empty);
      invalid.or(other.invalid);
      shareArraysOf(other);
      return;
    }
    holds.or(other.holds);
    moved.or(other.moved);
    dropped.or(other.dropped);
    empty.or(other.empty);
    invalid.or(other.invalid);
    if (other.sources == sources
        && other.invalidBy == invalidBy
        && other.moveSite == moveSite
        && other.dropSite == dropSite
        && other.invalidSite == invalidSite
        && other.storeSite == storeSite) {
      return; // the same arrays: nothing per variable to join
    }
    for (int i = 0; i < other.sources.length; i++) {
      BitSet s = union(sourcesOf(i), other.sources[i]);
      if (s != sourcesOf(i)) {
        writable(i);
        sources[i] = s;
      }
      BitSet by = union(invalidatedBy(i), other.invalidBy[i]);
      if (by != invalidatedBy(i)) {
        writable(i);
        invalidBy[i] = by;
      }
      if (moveSite(i) == null && other.moveSite[i] != null) {
        writable(i);
        moveSite[i] = other.moveSite[i];
      }
      if (dropSite(i) == null && other.dropSite[i] != null) {
        writable(i);
        dropSite[i] = other.dropSite[i];
      }
      if (invalidSite(i) == null && other.invalidSite[i] != null) {
        writable(i);
        invalidSite[i] = other.invalidSite[i];
      }
      if (storeSite(i) == null && other.storeSite[i] != null) {
        writable(i);
        storeSite[i] = other.storeSite[i];
      }
    }
  }

  /** {@code mine ∪ theirs}, as {@code mine} itself when that already holds it (never changed). */
  private static BitSet union(BitSet mine, BitSet theirs) {
    if (theirs == null || theirs == mine) {
      return mine;
    }
    if (mine == null) {
      return theirs;
    }
    if (contains(mine, theirs)) {
      return mine;
    }
    BitSet union = (BitSet) mine.clone();
    union.or(theirs);
    return union;
  }

  /** Whether every may-fact of {@code other} is already in this state. */
  boolean covers(FlowState other) {
    if (!other.alive) {
      return true;
    }
    if (!alive) {
      return false;
    }
    return contains(holds, other.holds)
        && contains(moved, other.moved)
        && contains(dropped, other.dropped)
        && contains(empty, other.empty)
        && contains(invalid, other.invalid)
        && containsAll(sources, other.sources)
        && containsAll(invalidBy, other.invalidBy);
  }

  private static boolean containsAll(BitSet[] mine, BitSet[] theirs) {
    if (mine == theirs) {
      return true;
    }
    for (int i = 0; i < theirs.length; i++) {
      if (theirs[i] != null
          && !theirs[i].isEmpty()
          && (i >= mine.length || mine[i] == null || !contains(mine[i], theirs[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(BitSet superset, BitSet subset) {
    for (int b = subset.nextSetBit(0); b >= 0; b = subset.nextSetBit(b + 1)) {
      if (!superset.get(b)) {
        return false;
      }
    }
    return true;
  }

  /** Forgets every fact about variable {@code v} (it left its scope or is being redeclared). */
  void forget(int v) {
    holds.clear(v);
    moved.clear(v);
    dropped.clear(v);
    empty.clear(v);
    invalid.clear(v);
    if (v < sources.length
        && (sources[v] != null
            || invalidBy[v] != null
            || moveSite[v] != null
            || dropSite[v] != null
            || invalidSite[v] != null
            || storeSite[v] != null)) {
      writable(v);
      sources[v] = null;
      invalidBy[v] = null;
      moveSite[v] = null;
      dropSite[v] = null;
      invalidSite[v] = null;
      storeSite[v] = null;
    }
  }

  /** {@code v} now certainly holds a value (HOLDS), nothing (EMPTY), or either. */
  void assign(int v, boolean mayHold, boolean mayBeEmpty) {
    forget(v);
    if (mayHold) {
      holds.set(v);
    }
    if (mayBeEmpty) {
      empty.set(v);
    }
  }

  void markMoved(int v, TreePath site) {
    holds.clear(v);
    moved.set(v);
    moveSite(v, site);
  }

  void markDropped(int v, TreePath site) {
    holds.clear(v);
    dropped.set(v);
    writable(v);
    dropSite[v] = site;
  }

  /** Where {@code v} was last moved on some path reaching here, or {@code null}. */
  TreePath moveSite(int v) {
    return v < moveSite.length ? moveSite[v] : null;
  }

  void moveSite(int v, TreePath site) {
    writable(v);
    moveSite[v] = site;
  }

  /** Where {@code v} was dropped on some path reaching here, or {@code null}. */
  TreePath dropSite(int v) {
    return v < dropSite.length ? dropSite[v] : null;
  }

  /** Where the borrow {@code v} was invalidated, or {@code null}. */
  TreePath invalidSite(int v) {
    return v < invalidSite.length ? invalidSite[v] : null;
  }

  TreePath storeSite(int v) {
    return v < storeSite.length ? storeSite[v] : null;
  }

  void storeSite(int v, TreePath site) {
    writable(v);
    storeSite[v] = site;
  }

  /** Records that the move or drop of {@code owner} at {@code site} invalidated borrow {@code v}. */
  void invalidate(int v, int owner, TreePath site) {
    writable(v);
    invalid.set(v);
    invalidSite[v] = site;
    BitSet by = invalidBy[v] == null ? new BitSet() : (BitSet) invalidBy[v].clone();
    by.set(owner);
    invalidBy[v] = by;
  }

  /** The owners whose move or drop invalidated borrow {@code v}; read only. */
  BitSet invalidatedBy(int v) {
    return v < invalidBy.length ? invalidBy[v] : null;
  }

  /** An upper bound of the variables with per-variable facts here (indices below it). */
  int variables() {
    return sources.length;
  }

  /** The owners {@code v} may borrow from; read only. */
  BitSet sourcesOf(int v) {
    return v < sources.length ? sources[v] : null;
  }

  void setSources(int v, BitSet owners) {
    if (owners == null || owners.isEmpty()) {
      if (sourcesOf(v) != null) {
        writable(v);
        sources[v] = null;
      }
      return;
    }
    writable(v);
    sources[v] = (BitSet) owners.clone();
  }
}
