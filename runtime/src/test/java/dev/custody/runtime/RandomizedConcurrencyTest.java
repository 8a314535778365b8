package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/**
 * Threads run thousands of random allocate / access / close / transfer / share / view / scope
 * operations on buffers they see in a common pool, many of them not their own. A small model of
 * each handle predicts whether an operation is allowed; every refused operation must throw the
 * documented exception, every allowed one must succeed with the right data, and nothing else may
 * happen (no other exception, no crash, no foreign data).
 */
class RandomizedConcurrencyTest {

  private static final int THREADS = 4;
  private static final int OPERATIONS_PER_THREAD = 4000;
  private static final int POOL_SLOTS = 64;
  private static final int SHARED_SIZE = THREADS * Long.BYTES;

  /** What the test knows about one handle. */
  private static final class Handle {
    final OffHeapBuffer buffer;
    final long id;
    /** Owner thread of a confined handle, null for a shared one. */
    final Thread owner;
    /** Set by the owner only (confined): closed or transferred. */
    boolean ended;
    /** Shared: set after a close() returned, so later accesses must fail. */
    volatile boolean sharedClosed;
    final AtomicInteger successfulCloses = new AtomicInteger();
    ByteBuffer view;

    Handle(OffHeapBuffer buffer, long id, Thread owner) {
      this.buffer = buffer;
      this.id = id;
      this.owner = owner;
    }
  }

  private final AtomicReferenceArray<Handle> pool = new AtomicReferenceArray<>(POOL_SLOTS);
  private final List<Handle> everyHandle = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Object[]> inTransit = new ConcurrentLinkedQueue<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger refusals = new AtomicInteger();
  private final AtomicInteger successes = new AtomicInteger();

  @Test
  void everyMisuseThrowsAndNothingElseDoes() throws Exception {
    long liveBefore = LeakDetection.liveBuffers();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int index = t;
      Thread thread = new Thread(() -> run(index, start), "random-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    // Whatever is still in transit is received and closed here.
    for (Object[] parcel; (parcel = inTransit.poll()) != null; ) {
      try (OffHeapBuffer received = ((BufferTransfer) parcel[0]).receive()) {
        assertEquals((long) parcel[1], received.getLong(0));
      }
    }
    for (Handle handle : everyHandle) {
      if (handle.owner == null && !handle.sharedClosed) {
        handle.buffer.close();
        handle.sharedClosed = true;
      }
      if (handle.owner == null) {
        assertTrue(handle.successfulCloses.get() <= 1, "a shared buffer closed twice");
      }
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError(failures.size() + " unexpected outcomes");
      failures.stream().limit(5).forEach(error::addSuppressed);
      throw error;
    }
    assertTrue(refusals.get() > 1000, "too few misuses exercised: " + refusals);
    assertTrue(successes.get() > 1000, "too few legal operations exercised: " + successes);
    assertEquals(liveBefore, LeakDetection.liveBuffers());
    LeakDetection.assertNoLiveBuffers();
  }

  private void run(int threadIndex, CyclicBarrier start) {
    Random random = new Random(1234L + threadIndex);
    List<Handle> mine = new ArrayList<>();
    try {
      start.await();
      for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
        try {
          step(threadIndex, random, mine);
        } catch (Throwable t) {
          failures.add(t);
        }
      }
      for (Handle handle : mine) {
        if (!handle.ended) {
          handle.buffer.close();
          handle.ended = true;
        }
      }
    } catch (Throwable t) {
      failures.add(t);
    }
  }

  private void step(int threadIndex, Random random, List<Handle> mine) {
    Thread me = Thread.currentThread();
    switch (random.nextInt(10)) {
      case 0: { // allocate a confined buffer, stamp it with its id
        long size = 8 + random.nextInt(256);
        Handle handle = new Handle(OffHeapBuffer.allocate(size), ids.incrementAndGet(), me);
        handle.buffer.putLong(0, handle.id);
        publish(random, handle);
        mine.add(handle);
        break;
      }
      case 1: { // allocate a shared buffer
        if (random.nextInt(4) == 0) {
          Handle handle = new Handle(OffHeapBuffer.allocateShared(SHARED_SIZE), ids.incrementAndGet(), null);
          publish(random, handle);
        }
        break;
      }
      case 2: { // close some handle
        Handle handle = pick(random);
        if (handle == null) {
          break;
        }
        if (handle.owner == null) {
          boolean closedBefore = handle.sharedClosed;
          try {
            handle.buffer.close();
            handle.successfulCloses.incrementAndGet();
            handle.sharedClosed = true;
            check(!closedBefore, "closed a shared buffer twice");
            successes.incrementAndGet();
          } catch (IllegalStateException expected) {
            refusals.incrementAndGet();
          }
        } else {
          boolean allowed = handle.owner == me && !handle.ended;
          outcome(allowed, () -> handle.buffer.close());
          if (allowed) {
            handle.ended = true;
          }
        }
        break;
      }
      case 3: { // transfer some handle into the queue
        Handle handle = pick(random);
        if (handle == null) {
          break;
        }
        boolean allowed = handle.owner == me && !handle.ended;
        BufferTransfer[] made = new BufferTransfer[1];
        outcome(allowed, () -> made[0] = handle.buffer.transfer());
        if (allowed) {
          handle.ended = true;
          inTransit.add(new Object[] {made[0], handle.id});
        }
        break;
      }
      case 4: { // receive something from the queue: it must carry its id, and becomes mine
        Object[] parcel = inTransit.poll();
        if (parcel != null) {
          OffHeapBuffer received = ((BufferTransfer) parcel[0]).receive();
          long id = (long) parcel[1];
          check(received.getLong(0) == id, "transferred contents changed");
          Handle handle = new Handle(received, id, me);
          publish(random, handle);
          mine.add(handle);
          successes.incrementAndGet();
        }
        break;
      }
      case 5: { // use a scope and check that its buffers die with it
        OffHeapBuffer escaped;
        try (BufferScope scope = BufferScope.open(256)) {
          escaped = scope.allocate(1 + random.nextInt(512));
          escaped.putByte(0, (byte) 1);
        }
        OffHeapBuffer dead = escaped;
        outcome(false, () -> dead.getByte(0));
        break;
      }
      case 6: { // view of one of my buffers; it must fail once the buffer is gone
        Handle handle = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
        if (handle == null) {
          break;
        }
        if (handle.ended) {
          if (handle.view != null) {
            ByteBuffer view = handle.view;
            viewRefused(() -> view.getLong(0));
          }
        } else {
          handle.view = handle.buffer.asByteBuffer();
          check(handle.view.getLong(0) == handle.id, "view shows foreign data");
          successes.incrementAndGet();
        }
        break;
      }
      default: { // access some handle, sometimes out of range
        Handle handle = pick(random);
        if (handle == null) {
          break;
        }
        access(threadIndex, random, me, handle);
      }
    }
  }

  private void access(int threadIndex, Random random, Thread me, Handle handle) {
    if (handle.owner == null) {
      boolean closedBefore = handle.sharedClosed;
      long offset = (long) threadIndex * Long.BYTES; // each thread writes only its own slot
      long value = random.nextLong();
      try {
        handle.buffer.putLong(offset, value);
        check(handle.buffer.getLong(offset) == value, "shared slot lost a write");
        check(!closedBefore, "accessed a shared buffer after its close returned");
        successes.incrementAndGet();
      } catch (IllegalStateException e) {
        refusals.incrementAndGet();
      }
      return;
    }
    boolean allowed = handle.owner == me && !handle.ended;
    boolean inRange = random.nextInt(8) != 0;
    long offset = inRange ? 0 : handle.buffer.byteSize() - 4;
    if (allowed && !inRange) {
      try {
        handle.buffer.getLong(offset);
        check(false, "out-of-range read succeeded");
      } catch (IndexOutOfBoundsException expected) {
        refusals.incrementAndGet();
      }
      return;
    }
    outcome(allowed, () -> check(handle.buffer.getLong(offset) == handle.id, "foreign data"));
  }

  private void publish(Random random, Handle handle) {
    everyHandle.add(handle);
    pool.set(random.nextInt(POOL_SLOTS), handle);
  }

  private Handle pick(Random random) {
    return pool.get(random.nextInt(POOL_SLOTS));
  }

  /** Runs an operation that must succeed if {@code allowed} and throw ISE otherwise. */
  private void outcome(boolean allowed, Runnable operation) {
    try {
      operation.run();
      check(allowed, "a refused operation succeeded");
      successes.incrementAndGet();
    } catch (IllegalStateException e) {
      check(!allowed, "an allowed operation threw " + e);
      refusals.incrementAndGet();
    }
  }

  private void viewRefused(Runnable access) {
    try {
      access.run();
      check(false, "a view of a closed buffer still worked");
    } catch (IllegalStateException | IndexOutOfBoundsException expected) {
      refusals.incrementAndGet();
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
