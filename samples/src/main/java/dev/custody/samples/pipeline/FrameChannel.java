package dev.custody.samples.pipeline;

import dev.custody.Owned;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A bounded hand-off between threads that moves ownership of frames. A full channel blocks the
 * producer, which bounds the native memory in flight to its capacity times the largest frame.
 * Closing the channel frees any frame nobody took, so a consumer that dies early leaks nothing.
 */
@Owned
final class FrameChannel implements AutoCloseable {
  private final BlockingQueue<Frame> queue;

  FrameChannel(int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * Moves {@code frame} into the channel; the receiving thread owns it next.
   *
   * <p>This is the one method of the pipeline the checker takes on trust: Custody does not follow
   * owners into collections, so it cannot see that the queue keeps the frame until {@link
   * #receive()} hands it out again. Everything that calls this method is checked as usual.
   */
  @SuppressWarnings("custody:leak")
  void send(@Owned Frame frame) throws InterruptedException {
    try {
      queue.put(frame);
    } catch (InterruptedException e) {
      frame.close(); // not queued: it is still ours to free
      throw e;
    }
  }

  /** The next frame, owned by the caller; blocks until one arrives. */
  Frame receive() throws InterruptedException {
    return queue.take();
  }

  @Override
  public void close() {
    Frame stranded;
    while ((stranded = queue.poll()) != null) {
      stranded.close();
    }
  }
}
