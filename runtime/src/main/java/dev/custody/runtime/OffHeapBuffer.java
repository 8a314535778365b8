package dev.custody.runtime;

import dev.custody.Consumes;
import dev.custody.Owned;
import dev.custody.runtime.internal.Backend;
import dev.custody.runtime.internal.Memory;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A block of native memory with exactly one owner, freed by {@link #close()}.
 *
 * <pre>{@code
 * try (OffHeapBuffer buffer = OffHeapBuffer.allocate(4096)) {
 *   buffer.putLong(0, 42);
 *   long answer = buffer.getLong(0);
 * }
 * }</pre>
 *
 * <p><b>Safety.</b> Misuse throws; it never crashes the JVM or reads memory the buffer no longer
 * owns. Access after {@code close()}, a second {@code close()}, and access from a thread that does
 * not own the buffer throw {@link IllegalStateException}; an offset or length outside the buffer
 * throws {@link IndexOutOfBoundsException}. When leak tracking covers the buffer (see {@link
 * LeakDetection}), the message names where the buffer was allocated and first closed.
 *
 * <p><b>Layout.</b> Offsets are in bytes from the start of the buffer. Multi-byte values use the
 * platform's native byte order ({@link java.nio.ByteOrder#nativeOrder()}) and need not be aligned.
 * Memory is zeroed on allocation.
 *
 * <p><b>Threads.</b> A buffer from {@link #allocate} is <em>confined</em> to the thread that
 * allocated it. To give it to another thread, call {@link #transfer()} and let that thread call
 * {@link BufferTransfer#receive()}: the old handle stops working and the receiver gets a new one.
 * A buffer from {@link #allocateShared} may be used and closed by any thread; a {@code close()}
 * racing with another thread's access lets that access complete or throw, never read freed memory.
 * Handles are never reused: a stale reference to a closed buffer stays closed forever.
 *
 * <p><b>Views.</b> {@link #asByteBuffer} gives a {@link ByteBuffer} in native byte order over the
 * buffer's memory. It can never reach freed or reused memory: once the buffer is closed or
 * transferred, the view throws on use. On JDK 22+ the view (and any {@code MemorySegment} made from
 * it with {@code MemorySegment.ofBuffer}) shares the buffer's arena, so the JDK itself rejects it.
 * On JDK 17–21 the view's limit drops to 0 at close, and the memory behind it stays reserved for
 * the view until the garbage collector finds every view unreachable; see {@code runtime/README.md}.
 *
 * <p><b>Cost.</b> Every access checks the thread, the state and the range. Bulk operations ({@link
 * #get(long, byte[], int, int)}, {@link #put(long, byte[], int, int)}, {@link #fill}, {@link
 * #copyTo}) check once per call and then run at raw memory speed; prefer them for large data.
 *
 * <p>Buffers handed out by a {@link BufferScope} are borrowed from it: they cannot be closed or
 * transferred on their own and die with the scope.
 */
@Owned
public final class OffHeapBuffer implements AutoCloseable {

  private final Memory memory;
  /** Where this buffer starts inside {@code memory} (non-zero only for scope slices). */
  private final long base;
  private final long byteSize;
  private final Lifetime lifetime;
  /**
   * The scope this buffer is borrowed from, or {@code null}. Holding it also keeps the scope
   * reachable for as long as any of its buffers is: the leak detector frees an unreachable scope's
   * memory.
   */
  private final BufferScope scope;
  /** Leak-tracking record, or {@code null} if this buffer is not tracked. */
  private final LeakTracker.Record tracking;

  /** A new standalone owner: counted, and tracked if leak detection picks it. */
  private OffHeapBuffer(Memory memory, long byteSize, Lifetime lifetime, ThreadTally local) {
    this.memory = memory;
    this.base = 0;
    this.byteSize = byteSize;
    this.lifetime = lifetime;
    this.scope = null;
    this.tracking = LeakTracker.opened("OffHeapBuffer", byteSize, memory, local);
  }

  /** The calling thread's new handle for a transferred owner, tracked if the old one was. */
  private OffHeapBuffer(Memory memory, long byteSize, LeakTracker.Record previous) {
    this.memory = memory;
    this.base = 0;
    this.byteSize = byteSize;
    this.lifetime = Lifetime.confinedTo(Thread.currentThread());
    this.scope = null;
    this.tracking = LeakTracker.adopted(previous, byteSize, memory);
  }

  /** A slice of a scope's memory, borrowed from the scope: neither counted nor tracked. */
  private OffHeapBuffer(
      Memory chunk, long base, long byteSize, BufferScope scope, Lifetime scopeLifetime) {
    this.memory = chunk;
    this.base = base;
    this.byteSize = byteSize;
    this.lifetime = scopeLifetime;
    this.scope = scope;
    this.tracking = null;
  }

  /**
   * Allocates {@code byteSize} zeroed bytes confined to the calling thread.
   *
   * @throws IllegalArgumentException if {@code byteSize} is negative (0 is allowed)
   * @throws OutOfMemoryError if the system refuses the memory
   */
  @Owned
  public static OffHeapBuffer allocate(long byteSize) {
    checkByteSize(byteSize);
    ThreadTally local = ThreadTally.current();
    return new OffHeapBuffer(
        local.blocks.allocate(byteSize),
        byteSize,
        Lifetime.confinedTo(Thread.currentThread()),
        local);
  }

  /**
   * Allocates {@code byteSize} zeroed bytes that any thread may access and close. Exactly one
   * owner still closes it. Costlier than {@link #allocate}: on JDK 22+ closing a shared buffer makes
   * the JVM synchronise with every thread (tens of microseconds); on JDK 17–21 every access does
   * two atomic operations. Suited to long-lived buffers used by several threads; {@link
   * #asByteBuffer} on a shared buffer needs JDK 22+.
   *
   * @throws IllegalArgumentException if {@code byteSize} is negative (0 is allowed)
   * @throws OutOfMemoryError if the system refuses the memory
   */
  @Owned
  public static OffHeapBuffer allocateShared(long byteSize) {
    checkByteSize(byteSize);
    Memory memory = Backend.allocateShared(byteSize);
    return new OffHeapBuffer(memory, byteSize, Lifetime.shared(memory), ThreadTally.current());
  }

  static OffHeapBuffer borrowedFrom(
      Memory chunk, long base, long byteSize, BufferScope scope, Lifetime scopeLifetime) {
    return new OffHeapBuffer(chunk, base, byteSize, scope, scopeLifetime);
  }

  static OffHeapBuffer received(Memory memory, long byteSize, LeakTracker.Record previous) {
    return new OffHeapBuffer(memory, byteSize, previous);
  }

  static void checkByteSize(long byteSize) {
    if (byteSize < 0) {
      throw new IllegalArgumentException("byteSize must not be negative: " + byteSize);
    }
  }

  /** Size of the buffer in bytes. Available in any state and on any thread. */
  public long byteSize() {
    return byteSize;
  }

  /** Whether the buffer may be used by any thread ({@link #allocateShared}). */
  public boolean isShared() {
    return lifetime.isShared();
  }

  /**
   * Whether the buffer (or, for a borrowed buffer, its scope) is still open. A hint on threads
   * other than the owner.
   */
  public boolean isOpen() {
    return lifetime.status() == Lifetime.Status.OPEN;
  }

  public byte getByte(long offset) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      byte value = memory.getByte(at(offset, Byte.BYTES));
      Reference.reachabilityFence(this);
      return value;
    }
    enterShared("read");
    try {
      return memory.getByte(at(offset, Byte.BYTES));
    } finally {
      exit();
    }
  }

  public void putByte(long offset, byte value) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      memory.putByte(at(offset, Byte.BYTES), value);
      Reference.reachabilityFence(this);
      return;
    }
    enterShared("write");
    try {
      memory.putByte(at(offset, Byte.BYTES), value);
    } finally {
      exit();
    }
  }

  public short getShort(long offset) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      short value = memory.getShort(at(offset, Short.BYTES));
      Reference.reachabilityFence(this);
      return value;
    }
    enterShared("read");
    try {
      return memory.getShort(at(offset, Short.BYTES));
    } finally {
      exit();
    }
  }

  public void putShort(long offset, short value) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      memory.putShort(at(offset, Short.BYTES), value);
      Reference.reachabilityFence(this);
      return;
    }
    enterShared("write");
    try {
      memory.putShort(at(offset, Short.BYTES), value);
    } finally {
      exit();
    }
  }

  public int getInt(long offset) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      int value = memory.getInt(at(offset, Integer.BYTES));
      Reference.reachabilityFence(this);
      return value;
    }
    enterShared("read");
    try {
      return memory.getInt(at(offset, Integer.BYTES));
    } finally {
      exit();
    }
  }

  public void putInt(long offset, int value) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      memory.putInt(at(offset, Integer.BYTES), value);
      Reference.reachabilityFence(this);
      return;
    }
    enterShared("write");
    try {
      memory.putInt(at(offset, Integer.BYTES), value);
    } finally {
      exit();
    }
  }

  public long getLong(long offset) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      long value = memory.getLong(at(offset, Long.BYTES));
      Reference.reachabilityFence(this);
      return value;
    }
    enterShared("read");
    try {
      return memory.getLong(at(offset, Long.BYTES));
    } finally {
      exit();
    }
  }

  public void putLong(long offset, long value) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      memory.putLong(at(offset, Long.BYTES), value);
      Reference.reachabilityFence(this);
      return;
    }
    enterShared("write");
    try {
      memory.putLong(at(offset, Long.BYTES), value);
    } finally {
      exit();
    }
  }

  public float getFloat(long offset) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      float value = memory.getFloat(at(offset, Float.BYTES));
      Reference.reachabilityFence(this);
      return value;
    }
    enterShared("read");
    try {
      return memory.getFloat(at(offset, Float.BYTES));
    } finally {
      exit();
    }
  }

  public void putFloat(long offset, float value) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      memory.putFloat(at(offset, Float.BYTES), value);
      Reference.reachabilityFence(this);
      return;
    }
    enterShared("write");
    try {
      memory.putFloat(at(offset, Float.BYTES), value);
    } finally {
      exit();
    }
  }

  public double getDouble(long offset) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      double value = memory.getDouble(at(offset, Double.BYTES));
      Reference.reachabilityFence(this);
      return value;
    }
    enterShared("read");
    try {
      return memory.getDouble(at(offset, Double.BYTES));
    } finally {
      exit();
    }
  }

  public void putDouble(long offset, double value) {
    if (lifetime.isHeldBy(Thread.currentThread())) {
      memory.putDouble(at(offset, Double.BYTES), value);
      Reference.reachabilityFence(this);
      return;
    }
    enterShared("write");
    try {
      memory.putDouble(at(offset, Double.BYTES), value);
    } finally {
      exit();
    }
  }

  /** Copies {@code length} bytes starting at {@code offset} into {@code target[index..]}. */
  public void get(long offset, byte[] target, int index, int length) {
    Objects.checkFromIndexSize(index, length, target.length);
    enter("read");
    try {
      checkRange(offset, length);
      memory.copyToArray(base + offset, target, index, length);
    } finally {
      exit();
    }
  }

  /** Copies {@code source[index..index+length)} to {@code offset}. */
  public void put(long offset, byte[] source, int index, int length) {
    Objects.checkFromIndexSize(index, length, source.length);
    enter("write");
    try {
      checkRange(offset, length);
      memory.copyFromArray(source, index, length, base + offset);
    } finally {
      exit();
    }
  }

  /** Copies {@code length} longs starting at byte {@code offset} into {@code target[index..]}. */
  public void get(long offset, long[] target, int index, int length) {
    Objects.checkFromIndexSize(index, length, target.length);
    enter("read");
    try {
      checkRange(offset, (long) length * Long.BYTES);
      memory.copyToArray(base + offset, target, index, length);
    } finally {
      exit();
    }
  }

  /** Copies {@code source[index..index+length)} to byte {@code offset}. */
  public void put(long offset, long[] source, int index, int length) {
    Objects.checkFromIndexSize(index, length, source.length);
    enter("write");
    try {
      checkRange(offset, (long) length * Long.BYTES);
      memory.copyFromArray(source, index, length, base + offset);
    } finally {
      exit();
    }
  }

  /** Sets {@code length} bytes starting at {@code offset} to {@code value}. */
  public void fill(long offset, long length, byte value) {
    enter("write");
    try {
      checkRange(offset, length);
      memory.fill(base + offset, length, value);
    } finally {
      exit();
    }
  }

  /** Sets every byte of the buffer to {@code value}. */
  public void fill(byte value) {
    fill(0, byteSize, value);
  }

  /**
   * Copies {@code length} bytes from {@code offset} in this buffer to {@code targetOffset} in
   * {@code target}. The calling thread must be allowed to use both; the target may be this buffer,
   * and overlapping ranges are copied as if through a temporary.
   */
  public void copyTo(long offset, OffHeapBuffer target, long targetOffset, long length) {
    enter("read");
    try {
      checkRange(offset, length);
      target.enter("write");
      try {
        target.checkRange(targetOffset, length);
        memory.copyTo(base + offset, target.memory, target.base + targetOffset, length);
      } finally {
        target.exit();
      }
    } finally {
      exit();
    }
  }

  /**
   * A view of the whole buffer; see {@link #asByteBuffer(long, int)}.
   *
   * @throws UnsupportedOperationException if the buffer is larger than a {@code ByteBuffer} can be
   */
  public ByteBuffer asByteBuffer() {
    if (byteSize > Integer.MAX_VALUE) {
      throw new UnsupportedOperationException(
          "a ByteBuffer holds at most 2^31-1 bytes; this buffer has " + byteSize);
    }
    return asByteBuffer(0, (int) byteSize);
  }

  /**
   * A {@link ByteBuffer} in native byte order over {@code length} bytes starting at {@code offset},
   * with position 0 and limit {@code length}. Writes through the view change the buffer and vice
   * versa. The view is usable only while the buffer is open and, for a confined buffer, only by
   * its owner thread; after {@code close()} or {@link #transfer()} it throws on use (see the class
   * documentation for the exact guarantee on each JDK). Create a view once and reuse it: on JDK
   * 17–21 the first view of a buffer copies its contents into memory the view can own.
   *
   * @throws UnsupportedOperationException for a shared buffer on JDK 17–21, or a buffer in a block
   *     larger than 2 GiB there
   */
  public ByteBuffer asByteBuffer(long offset, int length) {
    if (lifetime.isShared() && Backend.sharedAccessNeedsPinning()) {
      // A view cannot pin the buffer, so a concurrent close() could free memory under it.
      throw new UnsupportedOperationException(
          "ByteBuffer views of shared buffers need JDK 22+ (backend: " + Backend.name() + ")");
    }
    enter("view");
    try {
      checkRange(offset, length);
      return memory.view(base + offset, length);
    } finally {
      exit();
    }
  }

  /**
   * Ends this handle's ownership so that another thread can take the buffer over with {@link
   * BufferTransfer#receive()}. This handle (and its views) stop working at once. On JDK 17–21 the
   * memory itself moves without copying; on JDK 22+ a confined arena cannot change threads, so the
   * contents are copied through the heap (two copies: reserve {@link #allocateShared} for buffers
   * that cross threads often).
   *
   * <p>{@code @Consumes}: the checker treats the call as a move of this buffer's owner, so the
   * owner holds nothing afterwards and must not be closed or used again.
   *
   * @throws IllegalStateException if the calling thread does not own this open buffer, the buffer
   *     is shared (pass the reference instead), or it is borrowed from a {@link BufferScope}
   */
  @Consumes
  @Owned
  public BufferTransfer transfer() {
    if (scope != null) {
      throw new IllegalStateException(
          "cannot transfer " + describe() + ": it is borrowed from a BufferScope");
    }
    if (lifetime.isShared()) {
      throw new IllegalStateException(
          "cannot transfer " + describe() + ": it is shared, so every thread may already use it;"
              + " pass the reference and let one owner close it");
    }
    if (!lifetime.isHeldBy(Thread.currentThread())) {
      throw refusal("transfer");
    }
    lifetime.end(Lifetime.Status.MOVED);
    LeakTracker.moved(tracking);
    BufferTransfer transfer = new BufferTransfer(memory.detach(), byteSize, tracking);
    Reference.reachabilityFence(this);
    return transfer;
  }

  /**
   * Frees the memory. Views stop working.
   *
   * @throws IllegalStateException if the buffer was already closed or transferred, the calling
   *     thread does not own a confined buffer, or the buffer is borrowed from a {@link BufferScope}
   *     (close the scope instead)
   */
  @Override
  public void close() {
    if (scope != null) {
      throw new IllegalStateException(
          "cannot close " + describe() + ": it is borrowed from a BufferScope; close the scope");
    }
    Lifetime current = lifetime;
    ThreadTally local = ThreadTally.current();
    if (current.isShared()) {
      if (!current.closeShared()) {
        throw refusal("close");
      }
    } else {
      Thread thread = Thread.currentThread();
      if (!current.isHeldBy(thread)) {
        throw refusal("close");
      }
      current.end(Lifetime.Status.CLOSED);
      // Tell the leak detector first: once the block is back in the cache, a late "leak" of this
      // handle must not free memory another buffer now uses.
      LeakTracker.closed(tracking, byteSize, local);
      local.blocks.free(memory, thread);
      Reference.reachabilityFence(this);
      return;
    }
    LeakTracker.closed(tracking, byteSize, local);
    Reference.reachabilityFence(this);
  }

  @Override
  public String toString() {
    Lifetime.Status status = lifetime.status();
    String threads =
        lifetime.isShared() ? "shared" : "confined to " + lifetime.owner().getName();
    String borrowed = scope != null ? ", borrowed" : "";
    return "OffHeapBuffer[" + byteSize + " bytes, " + threads + ", "
        + status.name().toLowerCase(java.util.Locale.ROOT) + borrowed + "]";
  }

  // --- checks -----------------------------------------------------------------------------------

  // Single-value accessors test the confined fast path inline and skip exit(): the owner thread
  // needs no pin, and a try/finally per access would stand between the JIT and loop optimisations.
  //
  // Every path that touches memory ends with Reference.reachabilityFence(this): once a tracked
  // handle is unreachable the leak detector may free its memory (or, for a borrowed buffer, its
  // scope's), so the handle must stay reachable until the access is over, even when the caller
  // drops it right after, as in OffHeapBuffer.allocate(8).getLong(0).

  private void enter(String action) {
    Lifetime current = lifetime;
    if (!current.isHeldBy(Thread.currentThread()) && !current.tryEnterShared()) {
      throw refusal(action);
    }
  }

  private void enterShared(String action) {
    if (!lifetime.tryEnterShared()) {
      throw refusal(action);
    }
  }

  /**
   * The position in {@code memory} of a value of {@code length} bytes at {@code offset}, checked.
   * Written as {@code checkIndex} against the number of valid offsets because the JIT recognises
   * that form and removes it from counted loops (range check elimination); out of range, the
   * message reads "Index {offset} out of bounds for length {byteSize - length + 1}".
   */
  private long at(long offset, int length) {
    return base + Objects.checkIndex(offset, byteSize - length + 1);
  }

  private void exit() {
    lifetime.exitShared();
    Reference.reachabilityFence(this);
  }

  private void checkRange(long offset, long length) {
    Objects.checkFromIndexSize(offset, length, byteSize);
  }

  private String describe() {
    return "OffHeapBuffer of " + byteSize + " bytes";
  }

  /** Why the calling thread may not {@code action} this buffer now. */
  private IllegalStateException refusal(String action) {
    String reason;
    switch (lifetime.status()) {
      case CLOSED:
        reason = scope != null ? "its BufferScope is closed" : "it is closed";
        break;
      case MOVED:
        reason = "it was transferred to another thread";
        break;
      default:
        reason =
            "it is confined to thread \"" + lifetime.owner().getName() + "\"; use transfer()"
                + " to hand it over or allocateShared() to share it";
        break;
    }
    return new IllegalStateException(
        "cannot " + action + " " + describe() + ": " + reason + sites());
  }

  private String sites() {
    if (scope != null) {
      return "";
    }
    if (tracking == null) {
      return " (run with -D" + LeakDetection.PROPERTY
          + "=all to see where it was allocated and closed)";
    }
    String closeSite = tracking.closeSite();
    return " (allocated at " + tracking.allocationSite()
        + (closeSite == null ? "" : "; first closed at " + closeSite) + ")";
  }
}
