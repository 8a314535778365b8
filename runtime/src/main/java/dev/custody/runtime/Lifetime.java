package dev.custody.runtime;

import dev.custody.runtime.internal.Backend;
import dev.custody.runtime.internal.Memory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Who may use a block of memory and whether it is still open. A standalone buffer has one lifetime
 * of its own (a new one after each transfer); all buffers of a {@link BufferScope} share the scope's.
 *
 * <p>A confined lifetime is touched only by its owner thread, so its state is a plain field and the
 * access check is two loads and two compares. A shared lifetime keeps its state in a word updated
 * atomically: the low two bits are the status, the rest counts accesses in progress ("pins"), which
 * the raw-memory backend needs so that {@code close()} on one thread cannot free memory another
 * thread is reading. The last of {@code close()} and the final unpin releases the memory.
 */
final class Lifetime {

  enum Status {
    OPEN,
    CLOSED,
    MOVED
  }

  private static final int OPEN = 0;
  private static final int CLOSED = 1;
  private static final int MOVED = 2;
  private static final int STATUS_BITS = 3;
  private static final int PIN = 4;
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(Lifetime.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The only thread allowed in, or {@code null} for a shared lifetime. */
  private final Thread owner;
  /** For a shared lifetime, the memory released once it is closed and no access is in progress. */
  private final Memory sharedMemory;

  private int state;

  private Lifetime(Thread owner, Memory sharedMemory) {
    this.owner = owner;
    this.sharedMemory = sharedMemory;
  }

  static Lifetime confinedTo(Thread owner) {
    return new Lifetime(owner, null);
  }

  static Lifetime shared(Memory memory) {
    return new Lifetime(null, memory);
  }

  boolean isShared() {
    return owner == null;
  }

  Thread owner() {
    return owner;
  }

  /** The fast path: a confined lifetime that is open and owned by {@code thread}. */
  boolean isHeldBy(Thread thread) {
    return owner == thread && state == OPEN;
  }

  /**
   * Admits one access to a shared lifetime. Returns false if the lifetime is not shared or no
   * longer open; on success the caller must call {@link #exitShared} when done.
   */
  boolean tryEnterShared() {
    if (owner != null) {
      return false;
    }
    if (!Backend.sharedAccessNeedsPinning()) {
      return ((int) STATE.getAcquire(this) & STATUS_BITS) == OPEN;
    }
    int current = (int) STATE.getVolatile(this);
    while ((current & STATUS_BITS) == OPEN) {
      int witness = (int) STATE.compareAndExchange(this, current, current + PIN);
      if (witness == current) {
        return true;
      }
      current = witness;
    }
    return false;
  }

  /** Ends an access admitted by {@link #tryEnterShared}; a no-op for confined lifetimes. */
  void exitShared() {
    if (owner == null && Backend.sharedAccessNeedsPinning()) {
      int after = (int) STATE.getAndAdd(this, -PIN) - PIN;
      if (after == CLOSED) {
        sharedMemory.release();
      }
    }
  }

  /** Ends a confined lifetime; only its owner may call this. */
  void end(Status status) {
    state = status == Status.MOVED ? MOVED : CLOSED;
  }

  /**
   * Closes a shared lifetime, releasing the memory now or, if accesses are in progress, when the
   * last one ends. Returns false if it was already closed.
   */
  boolean closeShared() {
    int current = (int) STATE.getVolatile(this);
    while ((current & STATUS_BITS) == OPEN) {
      int witness = (int) STATE.compareAndExchange(this, current, current | CLOSED);
      if (witness == current) {
        if (current == OPEN) {
          sharedMemory.release();
        }
        return true;
      }
      current = witness;
    }
    return false;
  }

  /** The status as last seen; exact on the owner thread, a hint elsewhere (used for messages). */
  Status status() {
    int bits = (owner == null ? (int) STATE.getVolatile(this) : state) & STATUS_BITS;
    return bits == OPEN ? Status.OPEN : bits == MOVED ? Status.MOVED : Status.CLOSED;
  }
}
