package dev.custody.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One thread's share of the counters plus its sampling countdown. Only its own thread writes it
 * (plain writes: an atomic add per allocation would cost more than the whole sampling budget);
 * readers sum every tally ever registered. A buffer closed on another thread than the one that
 * allocated it makes one tally go down and another up; only the sum means anything.
 */
final class ThreadTally {

  private static final CopyOnWriteArrayList<ThreadTally> ALL = new CopyOnWriteArrayList<>();
  private static final ThreadLocal<ThreadTally> CURRENT = ThreadLocal.withInitial(ThreadTally::register);
  private static final VarHandle LIVE_OWNERS;
  private static final VarHandle LIVE_BYTES;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      LIVE_OWNERS = lookup.findVarHandle(ThreadTally.class, "liveOwners", long.class);
      LIVE_BYTES = lookup.findVarHandle(ThreadTally.class, "liveBytes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private long liveOwners;
  private long liveBytes;
  private int untilNextSample = nextSamplingGap();

  private static ThreadTally register() {
    ThreadTally tally = new ThreadTally();
    ALL.add(tally);
    return tally;
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
    long sum = 0;
    for (ThreadTally tally : ALL) {
      sum += (long) LIVE_OWNERS.getOpaque(tally);
    }
    return sum;
  }

  static long sumLiveBytes() {
    long sum = 0;
    for (ThreadTally tally : ALL) {
      sum += (long) LIVE_BYTES.getOpaque(tally);
    }
    return sum;
  }
}
