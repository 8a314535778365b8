package dev.custody.runtime;

import dev.custody.Borrowed;
import dev.custody.Owned;
import dev.custody.runtime.internal.Backend;
import dev.custody.runtime.internal.Memory;
import dev.custody.runtime.internal.Reclaimable;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * A region that hands out buffers by bump allocation and frees all of them at once when it closes,
 * for short-lived temporaries:
 *
 * <pre>
 * try (BufferScope scope = BufferScope.open()) {
 *   &#64;Borrowed OffHeapBuffer header = scope.allocate(64);
 *   &#64;Borrowed OffHeapBuffer body = scope.allocate(4096);
 *   ...
 * } // both freed here
 * </pre>
 *
 * <p>The buffers are <em>borrowed</em> from the scope: the checker forbids closing them or keeping
 * them beyond the scope, and at run time {@code close()} and {@code transfer()} on them throw, and
 * every access after the scope closed throws {@link IllegalStateException}. A scope and its buffers
 * are confined to the thread that opened it.
 *
 * <p>Memory comes in chunks: the first of the requested capacity, later ones doubling up to {@value
 * #MAX_CHUNK} bytes, and a chunk of its own for any request larger than half the next chunk. Each
 * buffer starts at an 8-byte boundary and is zeroed.
 */
@Owned
public final class BufferScope implements AutoCloseable {

  /** Capacity of the first chunk of {@link #open()}. */
  public static final long DEFAULT_CAPACITY = 4096;

  private static final long MAX_CHUNK = 1 << 20;
  private static final long ALIGNMENT = Long.BYTES;

  private final Lifetime lifetime = Lifetime.confinedTo(Thread.currentThread());
  private final Chunks chunks = new Chunks();
  private final LeakTracker.Record tracking;
  private Memory chunk;
  private long chunkUsed;

  private BufferScope(long initialCapacity) {
    this.chunk = chunks.add(initialCapacity);
    this.tracking =
        LeakTracker.opened("BufferScope", initialCapacity, chunks, ThreadTally.current());
  }

  /** Opens a scope confined to the calling thread with {@value #DEFAULT_CAPACITY} bytes at first. */
  @Owned
  public static BufferScope open() {
    return new BufferScope(DEFAULT_CAPACITY);
  }

  /**
   * Opens a scope confined to the calling thread whose first chunk holds {@code initialCapacity}
   * bytes; size it to what the scope usually needs so that it never grows.
   *
   * @throws IllegalArgumentException if {@code initialCapacity} is negative
   */
  @Owned
  public static BufferScope open(long initialCapacity) {
    OffHeapBuffer.checkByteSize(initialCapacity);
    return new BufferScope(initialCapacity);
  }

  /**
   * A zeroed buffer of {@code byteSize} bytes borrowed from this scope, valid until the scope
   * closes.
   *
   * @throws IllegalArgumentException if {@code byteSize} is negative
   * @throws IllegalStateException if the scope is closed or the calling thread did not open it
   */
  @Borrowed
  public OffHeapBuffer allocate(long byteSize) {
    if (!lifetime.isHeldBy(Thread.currentThread())) {
      throw refusal("allocate from");
    }
    OffHeapBuffer.checkByteSize(byteSize);
    long start = (chunkUsed + ALIGNMENT - 1) & -ALIGNMENT;
    if (byteSize > chunk.byteSize() - start) {
      return allocateFromNewChunk(byteSize);
    }
    chunkUsed = start + byteSize;
    return OffHeapBuffer.borrowedFrom(chunk, start, byteSize, this, lifetime);
  }

  private OffHeapBuffer allocateFromNewChunk(long byteSize) {
    long next = Math.min(Math.max(chunk.byteSize() * 2, DEFAULT_CAPACITY), MAX_CHUNK);
    if (byteSize > next / 2) {
      // Big requests get a chunk of their own; the current chunk keeps serving small ones.
      Memory own = chunks.add(byteSize);
      LeakTracker.resized(byteSize);
      return OffHeapBuffer.borrowedFrom(own, 0, byteSize, this, lifetime);
    }
    chunk = chunks.add(next);
    LeakTracker.resized(next);
    chunkUsed = byteSize;
    return OffHeapBuffer.borrowedFrom(chunk, 0, byteSize, this, lifetime);
  }

  /** Bytes of native memory this scope holds (the sum of its chunks). */
  public long reservedBytes() {
    return chunks.byteSize;
  }

  /**
   * Frees every buffer allocated from this scope; they all stop working.
   *
   * @throws IllegalStateException if the scope is already closed or the calling thread did not
   *     open it
   */
  @Override
  public void close() {
    if (!lifetime.isHeldBy(Thread.currentThread())) {
      throw refusal("close");
    }
    lifetime.end(Lifetime.Status.CLOSED);
    LeakTracker.closed(tracking, chunks.byteSize, ThreadTally.current());
    chunks.releaseAll();
    Reference.reachabilityFence(this);
  }

  private IllegalStateException refusal(String action) {
    String reason =
        lifetime.status() == Lifetime.Status.OPEN
            ? "it is confined to thread \"" + lifetime.owner().getName() + "\""
            : "it is closed";
    String sites = "";
    if (tracking != null) {
      String closeSite = tracking.closeSite();
      sites = " (opened at " + tracking.allocationSite()
          + (closeSite == null ? "" : "; first closed at " + closeSite) + ")";
    }
    return new IllegalStateException("cannot " + action + " BufferScope: " + reason + sites);
  }

  /**
   * The scope's memory, kept apart from the scope so that the leak detector can free it after the
   * scope itself became unreachable.
   */
  private static final class Chunks implements Reclaimable {
    private final List<Memory> memories = new ArrayList<>(2);
    private long byteSize;

    Memory add(long capacity) {
      Memory memory = Backend.allocateConfined(capacity);
      memories.add(memory);
      byteSize += capacity;
      return memory;
    }

    void releaseAll() {
      for (Memory memory : memories) {
        memory.release();
      }
    }

    @Override
    public Runnable leakReclaimer() {
      // Every chunk comes from the same backend, so they are all reclaimable or none is.
      return memories.get(0).leakReclaimer() == null ? null : this::releaseAll;
    }
  }
}
