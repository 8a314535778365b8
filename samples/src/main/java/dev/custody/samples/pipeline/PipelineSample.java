package dev.custody.samples.pipeline;

import dev.custody.runtime.OffHeapBuffer;
import java.io.PrintStream;
import java.util.Random;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A producer thread fills off-heap frames and moves each one to a consumer thread, which
 * verifies and frees it. Every buffer has exactly one owner at a time: the producer until it
 * wraps the buffer in a {@link Frame}, the channel while it waits, the consumer after that. The
 * runtime enforces the same at run time: a buffer is confined to its owner's thread, and the
 * producer's handle stops working the moment the buffer is transferred.
 */
public final class PipelineSample {
  private static final int FRAMES = 2_000;
  private static final int CHANNEL_CAPACITY = 16;
  private static final int MAX_FRAME_LONGS = 512; // 4 KiB

  private PipelineSample() {}

  /** What each side saw; the two must agree. */
  record Tally(String thread, long frames, long bytes, long checksum) {}

  public static void run(PrintStream out) throws InterruptedException, ExecutionException {
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            2, task -> new Thread(task, "pipeline-" + threadNumber.incrementAndGet()));
    Tally sent;
    Tally received;
    try (FrameChannel channel = new FrameChannel(CHANNEL_CAPACITY)) {
      CompletionService<Tally> finished = new ExecutorCompletionService<>(threads);
      Future<Tally> producer = finished.submit(() -> produce(channel, 7L));
      Future<Tally> consumer = finished.submit(() -> consume(channel));
      try {
        // Whichever side fails first ends the run: the other one would otherwise wait forever
        // on a full or empty channel.
        finished.take().get();
        finished.take().get();
      } finally {
        // Interrupt a side still blocked on the channel and wait for both threads to let go of
        // it; only then may closing the channel free the frames left in it.
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
      }
      sent = producer.get();
      received = consumer.get();
    }

    out.printf(
        "%s allocated, filled and moved %d frames (%d bytes) through a channel of %d%n",
        sent.thread(), sent.frames(), sent.bytes(), CHANNEL_CAPACITY);
    out.printf(
        "%s received, verified and freed %d frames (%d bytes), checksums %s%n",
        received.thread(),
        received.frames(),
        received.bytes(),
        sent.checksum() == received.checksum() ? "match" : "DIFFER");
    if (sent.frames() != received.frames()
        || sent.bytes() != received.bytes()
        || sent.checksum() != received.checksum()) {
      throw new IllegalStateException("the consumer did not see what the producer sent");
    }
  }

  private static Tally produce(FrameChannel channel, long seed) throws InterruptedException {
    Random random = new Random(seed);
    long[] scratch = new long[MAX_FRAME_LONGS];
    long bytes = 0;
    long all = 0;
    for (long sequence = 0; sequence < FRAMES; sequence++) {
      int longs = 1 + random.nextInt(MAX_FRAME_LONGS);
      for (int i = 0; i < longs; i++) {
        scratch[i] = random.nextLong();
      }
      // Confined to this thread until transfer() hands it over.
      OffHeapBuffer buffer = OffHeapBuffer.allocate((long) longs * Long.BYTES);
      buffer.put(0, scratch, 0, longs);
      long checksum = checksum(buffer, scratch);
      bytes += buffer.byteSize();
      all = all * 31 + checksum;
      // transfer() is @Consumes, Rust's 'fn transfer(self)': from here on 'buffer' is dead for
      // the checker, just as its handle is dead at run time. The frame owns the memory now.
      channel.send(new Frame(sequence, checksum, buffer.transfer()));
    }
    channel.send(Frame.endOfStream());
    return new Tally(Thread.currentThread().getName(), FRAMES, bytes, all);
  }

  private static Tally consume(FrameChannel channel) throws InterruptedException {
    long[] scratch = new long[MAX_FRAME_LONGS];
    long frames = 0;
    long bytes = 0;
    long all = 0;
    while (true) {
      try (Frame frame = channel.receive()) {
        if (frame.isEndOfStream()) {
          return new Tally(Thread.currentThread().getName(), frames, bytes, all);
        }
        if (frame.sequence() != frames) {
          throw new IllegalStateException("frame " + frame.sequence() + " arrived out of order");
        }
        // receive() makes this thread the buffer's owner; the frame only borrows its payload.
        try (OffHeapBuffer buffer = frame.payload().receive()) {
          long checksum = checksum(buffer, scratch);
          if (checksum != frame.checksum()) {
            throw new IllegalStateException("frame " + frame.sequence() + " was corrupted in transit");
          }
          frames++;
          bytes += buffer.byteSize();
          all = all * 31 + checksum;
        }
      }
    }
  }

  /** FNV-style hash of the buffer's longs, read with one bulk copy: one range check per frame. */
  private static long checksum(OffHeapBuffer buffer, long[] scratch) {
    int longs = (int) (buffer.byteSize() / Long.BYTES);
    buffer.get(0, scratch, 0, longs);
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < longs; i++) {
      hash = (hash ^ scratch[i]) * 0x100000001b3L;
    }
    return hash;
  }
}
