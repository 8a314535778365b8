package dev.custody.runtime;

import dev.custody.Owned;
import dev.custody.runtime.internal.Memory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link OffHeapBuffer} on its way from one thread to another, made by {@link
 * OffHeapBuffer#transfer()}. Hand this object to the receiving thread by any means that publishes
 * it safely (a queue, an executor, a future); that thread calls {@link #receive()} and owns the
 * buffer from then on.
 *
 * <pre>{@code
 * BufferTransfer parcel = buffer.transfer();          // producer thread
 * executor.submit(() -> {
 *   try (OffHeapBuffer mine = parcel.receive()) {     // consumer thread
 *     consume(mine);
 *   }
 * });
 * }</pre>
 *
 * <p>A transfer owns the memory until it is received: {@link #close()} frees it if nobody did.
 */
@Owned
public final class BufferTransfer implements AutoCloseable {

  private final AtomicReference<Memory.InTransit> pending;
  private final long byteSize;
  private final LeakTracker.Record tracking;

  BufferTransfer(Memory.InTransit memory, long byteSize, LeakTracker.Record tracking) {
    // The atomic reference also publishes the buffer's contents: everything the sender wrote
    // happens-before the receiver's successful getAndSet.
    this.pending = new AtomicReference<>(memory);
    this.byteSize = byteSize;
    this.tracking = tracking;
  }

  /** Size of the buffer in transit. */
  public long byteSize() {
    return byteSize;
  }

  /**
   * Takes the buffer over on the calling thread, which becomes its owner.
   *
   * @throws IllegalStateException if the buffer was already received or this transfer closed
   */
  @Owned
  public OffHeapBuffer receive() {
    Memory.InTransit memory = pending.getAndSet(null);
    if (memory == null) {
      throw new IllegalStateException(
          "this transfer of " + byteSize + " bytes was already received or closed");
    }
    return OffHeapBuffer.received(memory.attach(), byteSize, tracking);
  }

  /** Frees the buffer if nobody received it; otherwise does nothing. */
  @Override
  public void close() {
    Memory.InTransit memory = pending.getAndSet(null);
    if (memory != null) {
      memory.discard();
      LeakTracker.discarded(byteSize);
    }
  }
}
