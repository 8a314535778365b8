package dev.custody.samples.pipeline;

import dev.custody.Owned;
import dev.custody.runtime.BufferTransfer;

/**
 * One unit of work on its way from the producer to the consumer: a sequence number, the
 * producer's checksum of the payload, and the payload itself, an off-heap buffer in transit
 * between threads. The record owns the transfer; the consumer receives the buffer out of it.
 *
 * <p>A frame with a null payload marks the end of the stream.
 */
record Frame(long sequence, long checksum, @Owned BufferTransfer payload) implements AutoCloseable {

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
