package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The leak detector frees the memory of unreachable tracked handles from its own thread. It must
 * never free memory a live handle is still using: neither while a buffer is being closed or
 * accessed and then dropped, nor memory of a scope whose buffers are still in use. A failure here
 * is typically a crashed test JVM rather than an assertion.
 */
class ReclaimRaceTest {

  @Test
  void collectingWhileBuffersAreUsedClosedAndDroppedNeverFreesLiveMemory() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    Thread collector =
        new Thread(
            () -> {
              while (running.get()) {
                System.gc();
              }
            },
            "collector");
    collector.start();
    AtomicLong mismatches = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread worker =
          new Thread(
              () -> {
                for (int i = 0; i < 50_000; i++) {
                  try (OffHeapBuffer buffer = OffHeapBuffer.allocate(64)) {
                    buffer.putLong(56, i);
                    if (buffer.getLong(56) != i || buffer.getLong(0) != 0) {
                      mismatches.incrementAndGet();
                    }
                  }
                  if (i % 64 == 0) {
                    OffHeapBuffer.allocate(32).putLong(0, i); // dropped while in use
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    running.set(false);
    collector.join();
    assertEquals(0, mismatches.get());
  }

  @Test
  void aBorrowedBufferKeepsItsUnclosedScopeAlive() throws InterruptedException {
    OffHeapBuffer borrowed = borrowFromAScopeThatIsDropped();
    String scopeSite = "BufferScope of 64 bytes allocated at dev.custody.runtime.ReclaimRaceTest"
        + ".borrowFromAScopeThatIsDropped(";
    for (int i = 0; i < 20; i++) {
      System.gc();
      Thread.sleep(5);
      borrowed.putLong(0, i);
      assertEquals(i, borrowed.getLong(0));
    }
    // Strict mode lists the scope as open until the leak detector reclaims it.
    assertTrue(
        LeakTracker.openOwnerDescriptions().stream().anyMatch(d -> d.startsWith(scopeSite)),
        "the scope was reclaimed while its buffer was in use");
    assertTrue(borrowed.isOpen());
    // Drop the buffer too so that the scope's leak is reported and its memory reclaimed.
    borrowed = null;
  }

  private static OffHeapBuffer borrowFromAScopeThatIsDropped() {
    return BufferScope.open(64).allocate(64);
  }
}
