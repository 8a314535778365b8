package dev.custody.samples.pipeline;

import dev.custody.Owned;
import dev.custody.runtime.BufferTransfer;
import dev.custody.runtime.OffHeapBuffer;

/**
 * One unit of work on its way from the producer to the consumer: a sequence number, the
 * producer's checksum of the payload, and the payload itself, an off-heap buffer in transit
 * between threads. The record owns the transfer; the consumer receives the buffer out of it.
 *
 * <p>A frame with a null payload marks the end of the stream.
 */
record Frame(long sequence, long checksum, @Owned BufferTransfer payload) implements AutoCloseable {

  /** Wraps {@code buffer} for another thread; the caller's name for it is dead afterwards. */
  @SuppressWarnings("custody:leak")
  static Frame carrying(long sequence, long checksum, @Owned OffHeapBuffer buffer) {
    // transfer() ends this handle's ownership at run time (it is Rust's 'fn transfer(self)'), but
    // Custody cannot yet mark a method as consuming its receiver, so it would report 'buffer' as
    // never moved or dropped. Taking the buffer as an @Owned parameter gives callers the right
    // rule anyway: after Frame.carrying(.., buffer) any use of their 'buffer' is use-after-move.
    return new Frame(sequence, checksum, buffer.transfer());
  }

  static Frame endOfStream() {
    return new Frame(-1, 0, null);
  }

  boolean isEndOfStream() {
    return payload == null;
  }

  /** Frees the payload if nobody received it (a frame stranded in a queue on shutdown). */
  @Override
  public void close() {
    Frame_DropGlue.drop(payload);
  }
}
