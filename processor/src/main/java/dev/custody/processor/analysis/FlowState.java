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
   * Whether the array {@code which} must be copied before variable {@code v} is written in it
   * ({@code length} long): it is shared, or too short. Then it counts as this state's own.
   */
  private boolean mustCopy(int which, int length, int v) {
    if ((shared & which) == 0 && v < length) {
      return false;
    }
    shared &= ~which;
    return true;
  }

  /** A copy of {@code array} long enough for variable {@code v}, grown by doubling. */
  private static <T> T[] copyFor(T[] array, int v) {
    int length = v < array.length ? array.length : Math.max(v + 1, Math.max(16, array.length * 2));
    return Arrays.copyOf(array, length);
  }

  private BitSet[] sourcesForWrite(int v) {
    if (mustCopy(SOURCES, sources.length, v)) {
      sources = copyFor(sources, v);
    }
    return sources;
  }

  private BitSet[] invalidByForWrite(int v) {
    if (mustCopy(INVALID_BY, invalidBy.length, v)) {
      invalidBy = copyFor(invalidBy, v);
    }
    return invalidBy;
  }

  private TreePath[] moveSiteForWrite(int v) {
    if (mustCopy(MOVE_SITE, moveSite.length, v)) {
      moveSite = copyFor(moveSite, v);
    }
    return moveSite;
  }

  private TreePath[] dropSiteForWrite(int v) {
    if (mustCopy(DROP_SITE, dropSite.length, v)) {
      dropSite = copyFor(dropSite, v);
    }
    return dropSite;
  }

  private TreePath[] invalidSiteForWrite(int v) {
    if (mustCopy(INVALID_SITE, invalidSite.length, v)) {
      invalidSite = copyFor(invalidSite, v);
    }
    return invalidSite;
  }

  private TreePath[] storeSiteForWrite(int v) {
    if (mustCopy(STORE_SITE, storeSite.length, v)) {
      storeSite = copyFor(storeSite, v);
    }
    return storeSite;
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
    // Per array: one that is still shared with the other state has nothing to join.
    if (other.sources != sources) {
      for (int i = 0; i < other.sources.length; i++) {
        BitSet s = union(sourcesOf(i), other.sources[i]);
        if (s != sourcesOf(i)) {
          sourcesForWrite(i)[i] = s;
        }
      }
    }
    if (other.invalidBy != invalidBy) {
      for (int i = 0; i < other.invalidBy.length; i++) {
        BitSet by = union(invalidatedBy(i), other.invalidBy[i]);
        if (by != invalidatedBy(i)) {
          invalidByForWrite(i)[i] = by;
        }
      }
    }
    if (other.moveSite != moveSite) {
      for (int i = 0; i < other.moveSite.length; i++) {
        if (moveSite(i) == null && other.moveSite[i] != null) {
          moveSiteForWrite(i)[i] = other.moveSite[i];
        }
      }
    }
    if (other.dropSite != dropSite) {
      for (int i = 0; i < other.dropSite.length; i++) {
        if (dropSite(i) == null && other.dropSite[i] != null) {
          dropSiteForWrite(i)[i] = other.dropSite[i];
        }
      }
    }
    if (other.invalidSite != invalidSite) {
      for (int i = 0; i < other.invalidSite.length; i++) {
        if (invalidSite(i) == null && other.invalidSite[i] != null) {
          invalidSiteForWrite(i)[i] = other.invalidSite[i];
        }
      }
    }
    if (other.storeSite != storeSite) {
      for (int i = 0; i < other.storeSite.length; i++) {
        if (storeSite(i) == null && other.storeSite[i] != null) {
          storeSiteForWrite(i)[i] = other.storeSite[i];
        }
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
    if (sourcesOf(v) != null) {
      sourcesForWrite(v)[v] = null;
    }
    if (invalidatedBy(v) != null) {
      invalidByForWrite(v)[v] = null;
    }
    if (moveSite(v) != null) {
      moveSiteForWrite(v)[v] = null;
    }
    if (dropSite(v) != null) {
      dropSiteForWrite(v)[v] = null;
    }
    if (invalidSite(v) != null) {
      invalidSiteForWrite(v)[v] = null;
    }
    if (storeSite(v) != null) {
      storeSiteForWrite(v)[v] = null;
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
    dropSiteForWrite(v)[v] = site;
  }

  /** Where {@code v} was last moved on some path reaching here, or {@code null}. */
  TreePath moveSite(int v) {
    return v < moveSite.length ? moveSite[v] : null;
  }

  void moveSite(int v, TreePath site) {
    moveSiteForWrite(v)[v] = site;
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
    storeSiteForWrite(v)[v] = site;
  }

  /** Records that the move or drop of {@code owner} at {@code site} invalidated borrow {@code v}. */
  void invalidate(int v, int owner, TreePath site) {
    invalid.set(v);
    invalidSiteForWrite(v)[v] = site;
    BitSet by = invalidatedBy(v) == null ? new BitSet() : (BitSet) invalidatedBy(v).clone();
    by.set(owner);
    invalidByForWrite(v)[v] = by;
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
        sourcesForWrite(v)[v] = null;
      }
      return;
    }
    sourcesForWrite(v)[v] = (BitSet) owners.clone();
  }
}
