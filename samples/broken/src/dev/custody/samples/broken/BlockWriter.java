package dev.custody.samples.broken;

import dev.custody.runtime.OffHeapBuffer;
import java.util.function.LongConsumer;

/** Writes blocks out, possibly later, and keeps a running checksum. */
final class BlockWriter {
  private Runnable pendingFlush;
  private final LongConsumer sink;

  BlockWriter(LongConsumer sink) {
    this.sink = sink;
  }

  /** Only borrows {@code block}: the caller frees it as soon as this returns. */
  void stage(OffHeapBuffer block) {
    // MISTAKE borrow-escapes: the callback keeps 'block' after the caller has freed it.
    pendingFlush = () -> sink.accept(checksum(block));
  }

  void flush() {
    if (pendingFlush != null) {
      pendingFlush.run();
      pendingFlush = null;
    }
  }

  static long checksum(OffHeapBuffer block) {
    long sum = 0;
    for (long at = 0; at + Long.BYTES <= block.byteSize(); at += Long.BYTES) {
      sum = sum * 31 + block.getLong(at);
    }
    // MISTAKE move-of-borrowed: a borrowing method "tidies up" a buffer its caller still owns.
    block.close();
    return sum;
  }
}
