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
 * arrays are shared between a state and its copies until one of them writes to one (then it copies
 * that array for itself: a move writes only the move sites), and the per-variable sets in them are
 * never changed in place, only replaced. Each array is as long as its highest written variable
 * needs; reads past its end are "no fact".
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
  /** Which of the six arrays above may be another state's too (copy before writing): bits below. */
  private int shared;

  private static final int SOURCES = 1;
  private static final int INVALID_BY = 1 << 1;
  private static final int MOVE_SITE = 1 << 2;
  private static final int DROP_SITE = 1 << 3;
  private static final int INVALID_SITE = 1 << 4;
  private static final int STORE_SITE = 1 << 5;
  private static final int ALL = (1 << 6) - 1;
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
    this.shared = ALL;
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
    shared = ALL;
    other.shared = ALL;
  }

  /**
   * {@code array} (the one of {@code which}) if this state may write variable {@code v} in it, else
   * a copy it may write (grown by doubling), which is then this state's own.
   */
  private <T> T[] writable(T[] array, int which, int v) {
    if ((shared & which) == 0 && v < array.length) {
      return array;
    }
    shared &= ~which;
    int length = v < array.length ? array.length : Math.max(v + 1, Math.max(16, array.length * 2));
    return Arrays.copyOf(array, length);
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
    sources = joinSets(sources, other.sources, SOURCES);
    invalidBy = joinSets(invalidBy, other.invalidBy, INVALID_BY);
    moveSite = joinSites(moveSite, other.moveSite, MOVE_SITE);
    dropSite = joinSites(dropSite, other.dropSite, DROP_SITE);
    invalidSite = joinSites(invalidSite, other.invalidSite, INVALID_SITE);
    storeSite = joinSites(storeSite, other.storeSite, STORE_SITE);
  }

  /** This state's array {@code mine} joined with {@code theirs}, set by set (copied if written). */
  private BitSet[] joinSets(BitSet[] mine, BitSet[] theirs, int which) {
    if (theirs == mine) {
      return mine; // still shared: nothing to join
    }
    for (int i = 0; i < theirs.length; i++) {
      BitSet current = i < mine.length ? mine[i] : null;
      BitSet union = union(current, theirs[i]);
      if (union != current) {
        mine = writable(mine, which, i);
        mine[i] = union;
      }
    }
    return mine;
  }

  /** This state's sites {@code mine}, with theirs where it has none (copied if written). */
  private TreePath[] joinSites(TreePath[] mine, TreePath[] theirs, int which) {
    if (theirs == mine) {
      return mine;
    }
    for (int i = 0; i < theirs.length; i++) {
      if ((i >= mine.length || mine[i] == null) && theirs[i] != null) {
        mine = writable(mine, which, i);
        mine[i] = theirs[i];
      }
    }
    return mine;
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
    sources = cleared(sources, SOURCES, v);
    invalidBy = cleared(invalidBy, INVALID_BY, v);
    moveSite = cleared(moveSite, MOVE_SITE, v);
    dropSite = cleared(dropSite, DROP_SITE, v);
    invalidSite = cleared(invalidSite, INVALID_SITE, v);
    storeSite = cleared(storeSite, STORE_SITE, v);
  }

  /** This state's array {@code array} without an entry for {@code v} (copied if written). */
  private <T> T[] cleared(T[] array, int which, int v) {
    if (v >= array.length || array[v] == null) {
      return array;
    }
    T[] writable = writable(array, which, v);
    writable[v] = null;
    return writable;
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
    dropSite = writable(dropSite, DROP_SITE, v);
    dropSite[v] = site;
  }

  /** Where {@code v} was last moved on some path reaching here, or {@code null}. */
  TreePath moveSite(int v) {
    return v < moveSite.length ? moveSite[v] : null;
  }

  void moveSite(int v, TreePath site) {
    moveSite = writable(moveSite, MOVE_SITE, v);
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
    storeSite = writable(storeSite, STORE_SITE, v);
    storeSite[v] = site;
  }

  /** Records that the move or drop of {@code owner} at {@code site} invalidated borrow {@code v}. */
  void invalidate(int v, int owner, TreePath site) {
    invalid.set(v);
    invalidSite = writable(invalidSite, INVALID_SITE, v);
    invalidSite[v] = site;
    BitSet by = invalidatedBy(v) == null ? new BitSet() : (BitSet) invalidatedBy(v).clone();
    by.set(owner);
    invalidBy = writable(invalidBy, INVALID_BY, v);
    invalidBy[v] = by;
  }

  /** The owners whose move or drop invalidated borrow {@code v}; read only. */
  BitSet invalidatedBy(int v) {
    return v < invalidBy.length ? invalidBy[v] : null;
  }

  /** An upper bound of the variables that may borrow from an owner here (indices below it). */
  int borrowers() {
    return sources.length;
  }

  /** The owners {@code v} may borrow from; read only. */
  BitSet sourcesOf(int v) {
    return v < sources.length ? sources[v] : null;
  }

  void setSources(int v, BitSet owners) {
    if (owners == null || owners.isEmpty()) {
      if (sourcesOf(v) != null) {
        sources = writable(sources, SOURCES, v);
        sources[v] = null;
      }
      return;
    }
    sources = writable(sources, SOURCES, v);
    sources[v] = (BitSet) owners.clone();
  }
}
