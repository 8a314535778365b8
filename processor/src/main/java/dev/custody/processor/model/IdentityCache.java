package dev.custody.processor.model;

/**
 * A map keyed by identity for the model's caches and the flow analysis' variables, which are asked
 * about nearly every expression of every body. javac's elements are unique within a compilation and compare by identity, as {@link
 * java.util.IdentityHashMap} does; this one answers a lookup in a single small method with the
 * probing written out. In a fresh JVM the checker's code runs interpreted and then in the JIT's
 * first tier, where every call costs, and {@code IdentityHashMap.get} makes four of them.
 *
 * <p>Keys and values sit side by side in one array (linear probing, at most half full). Values
 * must not be null: {@link #get} returns null for an absent key. Not thread-safe: one model per
 * compilation, one analysis per body, and javac is single-threaded.
 */
public final class IdentityCache<K, V> {
  private Object[] table = new Object[64];
  private int size;

  /** The value cached for {@code key}, or null. */
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Object[] t = table;
    int mask = t.length - 1;
    int h = System.identityHashCode(key);
    int i = ((h ^ (h >>> 16)) << 1) & mask;
    while (true) {
      Object k = t[i];
      if (k == key) {
        return (V) t[i + 1];
      }
      if (k == null) {
        return null;
      }
      i = (i + 2) & mask;
    }
  }

  /**
   * Caches {@code value} (not null) for {@code key}, replacing what was cached. The probe repeats
   * {@link #get}'s on purpose: a shared helper would put a call back into every lookup.
   */
  public void put(K key, V value) {
    if (value == null) {
      throw new IllegalArgumentException("null value for " + key);
    }
    Object[] t = table;
    int mask = t.length - 1;
    int h = System.identityHashCode(key);
    int i = ((h ^ (h >>> 16)) << 1) & mask;
    while (true) {
      Object k = t[i];
      if (k == key) {
        t[i + 1] = value;
        return;
      }
      if (k == null) {
        t[i] = key;
        t[i + 1] = value;
        if (++size * 4 > t.length) {
          grow();
        }
        return;
      }
      i = (i + 2) & mask;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    Object[] old = table;
    table = new Object[old.length * 2];
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != null) {
        @SuppressWarnings("unchecked")
        K key = (K) old[i];
        @SuppressWarnings("unchecked")
        V value = (V) old[i + 1];
        put(key, value);
      }
    }
  }
}
