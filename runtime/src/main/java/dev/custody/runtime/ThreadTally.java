package dev.custody.runtime;

import dev.custody.runtime.internal.BlockCache;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One thread's share of the counters, its sampling countdown and its cache of small blocks: all
 * that an allocation needs from one thread-local lookup.
 *
 * <p>Only its own thread writes a tally (plain writes: an atomic add per allocation would cost
 * more than the whole sampling budget); readers sum every registered tally. A buffer closed on
 * another thread than the one that allocated it makes one tally go down and another up; only the
 * sum means anything. Tallies of threads that have ended are folded into a global remainder (and
 * their cached blocks freed) when new threads register, so the registry stays proportional to the
 * live threads.
 */
final class ThreadTally {

  private static final CopyOnWriteArrayList<ThreadTally> ALL = new CopyOnWriteArrayList<>();
  private static final ThreadLocal<ThreadTally> CURRENT =
      ThreadLocal.withInitial(ThreadTally::register);
  private static final AtomicLong ENDED_THREADS_OWNERS = new AtomicLong();
  private static final AtomicLong ENDED_THREADS_BYTES = new AtomicLong();
  private static final VarHandle LIVE_OWNERS;
  private static final VarHandle LIVE_BYTES;
  /** Registry size that triggers the next sweep for ended threads; guarded by {@code ALL}. */
  private static int sweepAt = 64;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      LIVE_OWNERS = lookup.findVarHandle(ThreadTally.class, "liveOwners", long.class);
      LIVE_BYTES = lookup.findVarHandle(ThreadTally.class, "liveBytes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Thread thread;
  final BlockCache blocks;
  private long liveOwners;
  private long liveBytes;
  private int untilNextSample = nextSamplingGap();

  /** A tally that belongs to no registry (tests). */
  ThreadTally() {
    this.thread = Thread.currentThread();
    this.blocks = BlockCache.forThread(thread);
  }

  private static ThreadTally register() {
    ThreadTally tally = new ThreadTally();
    synchronized (ALL) {
      if (ALL.size() >= sweepAt) {
        ALL.removeIf(ThreadTally::retireIfEnded);
        sweepAt = Math.max(64, 2 * ALL.size());
      }
      ALL.add(tally);
    }
    return tally;
  }

  /**
   * Folds the tally of an ended thread into the global remainder. Seeing the thread not alive
   * makes all its writes visible here.
   */
  private boolean retireIfEnded() {
    if (thread.isAlive()) {
      return false;
    }
    ENDED_THREADS_OWNERS.addAndGet(liveOwners);
    ENDED_THREADS_BYTES.addAndGet(liveBytes);
    blocks.releaseAll();
    return true;
  }

  static ThreadTally current() {
    return CURRENT.get();
  }

  /** Counts a new owner; returns whether sampling picks it. */
  boolean opened(long byteSize) {
    liveOwners++;
    liveBytes += byteSize;
    if (--untilNextSample > 0) {
      return false;
    }
    untilNextSample = nextSamplingGap();
    return true;
  }

  void closed(long byteSize) {
    liveOwners--;
    liveBytes -= byteSize;
  }

  void resized(long byteSizeDelta) {
    liveBytes += byteSizeDelta;
  }

  /**
   * Random gaps averaging {@link LeakDetection#SAMPLING_INTERVAL}, so that a loop allocating in a
   * fixed pattern of sites cannot keep one site from ever being sampled.
   */
  private static int nextSamplingGap() {
    return 1 + ThreadLocalRandom.current().nextInt(2 * LeakDetection.SAMPLING_INTERVAL - 1);
  }

  static long sumLiveOwners() {
    long sum = ENDED_THREADS_OWNERS.get();
    for (ThreadTally tally : ALL) {
      sum += (long) LIVE_OWNERS.getOpaque(tally);
    }
    return sum;
  }

  static long sumLiveBytes() {
    long sum = ENDED_THREADS_BYTES.get();
    for (ThreadTally tally : ALL) {
      sum += (long) LIVE_BYTES.getOpaque(tally);
    }
    return sum;
  }
}
