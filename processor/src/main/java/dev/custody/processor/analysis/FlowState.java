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
 */
final class FlowState {
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
  BitSet[] sources;
  /** For invalid borrows: the owners whose move or drop invalidated them. */
  BitSet[] invalidBy;
  TreePath[] moveSite;
  TreePath[] dropSite;
  TreePath[] invalidSite;
  /** For owned fields in a constructor: where a value that the object would own was stored. */
  TreePath[] storeSite;
  /** False after return/throw/break/continue: the point is unreachable. */
  boolean alive;

  private FlowState(boolean alive, int capacity) {
    this.holds = new BitSet();
    this.moved = new BitSet();
    this.dropped = new BitSet();
    this.empty = new BitSet();
    this.invalid = new BitSet();
    this.sources = new BitSet[capacity];
    this.invalidBy = new BitSet[capacity];
    this.moveSite = new TreePath[capacity];
    this.dropSite = new TreePath[capacity];
    this.invalidSite = new TreePath[capacity];
    this.storeSite = new TreePath[capacity];
    this.alive = alive;
  }

  static FlowState entry(int capacity) {
    return new FlowState(true, capacity);
  }

  static FlowState dead(int capacity) {
    return new FlowState(false, capacity);
  }

  FlowState copy() {
    FlowState c = new FlowState(alive, sources.length);
    c.holds.or(holds);
    c.moved.or(moved);
    c.dropped.or(dropped);
    c.empty.or(empty);
    c.invalid.or(invalid);
    for (int i = 0; i < sources.length; i++) {
      c.sources[i] = sources[i] == null ? null : (BitSet) sources[i].clone();
      c.invalidBy[i] = invalidBy[i] == null ? null : (BitSet) invalidBy[i].clone();
    }
    System.arraycopy(moveSite, 0, c.moveSite, 0, moveSite.length);
    System.arraycopy(dropSite, 0, c.dropSite, 0, dropSite.length);
    System.arraycopy(invalidSite, 0, c.invalidSite, 0, invalidSite.length);
    System.arraycopy(storeSite, 0, c.storeSite, 0, storeSite.length);
    return c;
  }

  void ensureCapacity(int capacity) {
    if (capacity > sources.length) {
      int n = Math.max(capacity, sources.length * 2);
      sources = Arrays.copyOf(sources, n);
      invalidBy = Arrays.copyOf(invalidBy, n);
      moveSite = Arrays.copyOf(moveSite, n);
      dropSite = Arrays.copyOf(dropSite, n);
      invalidSite = Arrays.copyOf(invalidSite, n);
      storeSite = Arrays.copyOf(storeSite, n);
    }
  }

  /** Joins {@code other} into this state (union of the may-facts). */
  void join(FlowState other) {
    if (!other.alive) {
      return;
    }
    ensureCapacity(other.sources.length);
    if (!alive) {
      holds.clear();
      moved.clear();
      dropped.clear();
      empty.clear();
      invalid.clear();
      Arrays.fill(sources, null);
      Arrays.fill(invalidBy, null);
      Arrays.fill(moveSite, null);
      Arrays.fill(dropSite, null);
      Arrays.fill(invalidSite, null);
      Arrays.fill(storeSite, null);
      alive = true;
    }
    holds.or(other.holds);
    moved.or(other.moved);
    dropped.or(other.dropped);
    empty.or(other.empty);
    invalid.or(other.invalid);
    for (int i = 0; i < other.sources.length; i++) {
      sources[i] = union(sources[i], other.sources[i]);
      invalidBy[i] = union(invalidBy[i], other.invalidBy[i]);
      if (moveSite[i] == null) {
        moveSite[i] = other.moveSite[i];
      }
      if (dropSite[i] == null) {
        dropSite[i] = other.dropSite[i];
      }
      if (invalidSite[i] == null) {
        invalidSite[i] = other.invalidSite[i];
      }
      if (storeSite[i] == null) {
        storeSite[i] = other.storeSite[i];
      }
    }
  }

  private static BitSet union(BitSet mine, BitSet theirs) {
    if (theirs == null) {
      return mine;
    }
    if (mine == null) {
      return (BitSet) theirs.clone();
    }
    mine.or(theirs);
    return mine;
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
    BitSet extra = (BitSet) subset.clone();
    extra.andNot(superset);
    return extra.isEmpty();
  }

  /** Forgets every fact about variable {@code v} (it left its scope or is being redeclared). */
  void forget(int v) {
    holds.clear(v);
    moved.clear(v);
    dropped.clear(v);
    empty.clear(v);
    invalid.clear(v);
    if (v < sources.length) {
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
    ensureCapacity(v + 1);
    moveSite[v] = site;
  }

  void markDropped(int v, TreePath site) {
    holds.clear(v);
    dropped.set(v);
    ensureCapacity(v + 1);
    dropSite[v] = site;
  }

  TreePath storeSite(int v) {
    return v < storeSite.length ? storeSite[v] : null;
  }

  void storeSite(int v, TreePath site) {
    ensureCapacity(v + 1);
    storeSite[v] = site;
  }

  /** Records that the move or drop of {@code owner} at {@code site} invalidated borrow {@code v}. */
  void invalidate(int v, int owner, TreePath site) {
    ensureCapacity(Math.max(v, owner) + 1);
    invalid.set(v);
    invalidSite[v] = site;
    if (invalidBy[v] == null) {
      invalidBy[v] = new BitSet();
    }
    invalidBy[v].set(owner);
  }

  BitSet invalidatedBy(int v) {
    return v < invalidBy.length ? invalidBy[v] : null;
  }

  BitSet sourcesOf(int v) {
    return v < sources.length ? sources[v] : null;
  }

  void setSources(int v, BitSet owners) {
    ensureCapacity(v + 1);
    sources[v] = owners == null || owners.isEmpty() ? null : (BitSet) owners.clone();
  }
}
