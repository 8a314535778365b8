package dev.custody.samples.broken;

import dev.custody.runtime.OffHeapBuffer;

/** A client session with an inbox and an outbox in native memory. */
final class Session implements AutoCloseable {
  private final OffHeapBuffer inbox = OffHeapBuffer.allocate(64 * 1024);
  // MISTAKE field-not-dropped: the outbox was added later and close() was never updated.
  private final OffHeapBuffer outbox = OffHeapBuffer.allocate(64 * 1024);

  void echo(int bytes) {
    inbox.copyTo(0, outbox, 0, bytes);
  }

  @Override
  public void close() {
    if (inbox != null) {
      inbox.close();
    }
  }
}
