package dev.custody.runtime;

import java.util.List;

/**
 * Leak detection for {@link OffHeapBuffer} and {@link BufferScope}: which level is active, the
 * counters, and the assertion tests use.
 *
 * <p>The level comes from the system property {@value #PROPERTY}, read once when the runtime is
 * first used:
 *
 * <ul>
 *   <li>{@code off} — nothing is counted or tracked;
 *   <li>{@code sampled} (the default) — owners are counted, and about one in {@value
 *       #SAMPLING_INTERVAL} allocations is tracked: its allocation site is recorded and a leak (the
 *       owner becoming unreachable without {@code close()}) is reported and, where the backend
 *       allows, its memory is freed;
 *   <li>{@code all} — every allocation is tracked (a stack walk and a {@code Cleaner} registration
 *       each, microseconds rather than nanoseconds), and every close records its site too, so that
 *       a use after close or a second close names both sites (in {@code sampled} mode, messages
 *       about a sampled buffer name only its allocation site);
 *   <li>{@code strict} — like {@code all}, and {@link #assertNoLiveBuffers()} becomes available.
 * </ul>
 *
 * <p>Leaks are reported through {@link System.Logger} {@value #LOGGER_NAME}, once per allocation
 * site, at level {@code WARNING} ({@code ERROR} in strict mode), naming the first frame outside
 * this runtime that allocated the owner. On JDK 22+ a leaked <em>confined</em> buffer cannot be
 * freed by the detector (only its own thread may close its arena); the report says so.
 *
 * <p>Counters are kept per thread without synchronisation and summed when read: exact once the
 * threads that allocated and closed have finished or otherwise happened-before the read,
 * approximate while they run. A {@link BufferScope} counts as one owner holding all its memory;
 * the buffers it hands out are part of it.
 */
public final class LeakDetection {

  /** The system property that selects the level. */
  public static final String PROPERTY = "custody.leaks";

  /** Name of the {@link System.Logger} leak reports go to. */
  public static final String LOGGER_NAME = "dev.custody.runtime.leaks";

  /** In {@code sampled} mode, on average one allocation in this many is tracked. */
  public static final int SAMPLING_INTERVAL = 128;

  /** How much leak detection costs and finds; see the class documentation. */
  public enum Level {
    OFF,
    SAMPLED,
    ALL,
    STRICT
  }

  private LeakDetection() {}

  /** The level in force for this JVM. */
  public static Level level() {
    return LeakTracker.LEVEL;
  }

  /** Buffers and scopes allocated and not yet closed (0 when the level is {@code off}). */
  public static long liveBuffers() {
    return ThreadTally.sumLiveOwners();
  }

  /** Bytes held by {@link #liveBuffers()} (0 when the level is {@code off}). */
  public static long liveBytes() {
    return ThreadTally.sumLiveBytes();
  }

  /** Tracked owners found unreachable without {@code close()} so far, counting every site. */
  public static long leakedBuffers() {
    return LeakTracker.leakCount();
  }

  /**
   * Fails unless every buffer and scope allocated so far has been closed (or transferred and then
   * closed by its receiver). Deterministic: it does not depend on the garbage collector. The error
   * lists the allocation sites of the owners still open.
   *
   * @throws AssertionError if an owner is still open
   * @throws IllegalStateException unless the level is {@code strict}
   */
  public static void assertNoLiveBuffers() {
    if (LeakTracker.LEVEL != Level.STRICT) {
      throw new IllegalStateException(
          "assertNoLiveBuffers() needs -D" + PROPERTY + "=strict; the level is "
              + LeakTracker.LEVEL.name().toLowerCase(java.util.Locale.ROOT));
    }
    List<String> open = LeakTracker.openOwnerDescriptions();
    if (!open.isEmpty()) {
      StringBuilder message =
          new StringBuilder().append(open.size()).append(" owner(s) still open:");
      open.stream().limit(20).forEach(owner -> message.append("\n  ").append(owner));
      if (open.size() > 20) {
        message.append("\n  ...");
      }
      throw new AssertionError(message.toString());
    }
  }
}
