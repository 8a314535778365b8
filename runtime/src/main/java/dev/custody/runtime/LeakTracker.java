package dev.custody.runtime;

import dev.custody.runtime.LeakDetection.Level;
import dev.custody.runtime.internal.Reclaimable;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts owners and tracks the sampled ones. Costs by level, per owner: {@code off} nothing;
 * {@code sampled} a thread-local lookup and a few plain adds, plus a stack walk and a {@link
 * Cleaner} registration for one owner in {@value LeakDetection#SAMPLING_INTERVAL}; {@code all} and
 * {@code strict} the walk and registration for every owner, and another walk at close to name the
 * close site in later misuse messages.
 */
final class LeakTracker {

  static final Level LEVEL = parseLevel(System.getProperty(LeakDetection.PROPERTY));
  private static final boolean COUNTING = LEVEL != Level.OFF;
  private static final boolean TRACKING_ALL = LEVEL == Level.ALL || LEVEL == Level.STRICT;

  private static final AtomicLong LEAKS = new AtomicLong();
  private static final Set<String> REPORTED_SITES = ConcurrentHashMap.newKeySet();
  /** Strict mode only: every owner not yet closed. */
  private static final Set<Record> OPEN = ConcurrentHashMap.newKeySet();

  private LeakTracker() {}

  /**
   * Counts a new owner and, if it is tracked, registers it; returns its record or {@code null}.
   *
   * @param owner the handle whose unreachability means a leak
   * @param reclaimer frees the owner's memory from another thread, or {@code null} if impossible;
   *     must not reference {@code owner}
   * @param local the calling thread's tally
   */
  static Record opened(
      Object owner, String kind, long byteSize, Reclaimable reclaimer, ThreadTally local) {
    if (!COUNTING) {
      return null;
    }
    boolean sampled = local.opened(byteSize);
    if (!sampled && !TRACKING_ALL) {
      return null;
    }
    return track(owner, kind, byteSize, AllocationSite.ofCaller(), reclaimer);
  }

  /** Registers the new handle of a transferred owner; counters do not change. */
  static Record adopted(Object owner, Record previous, long byteSize, Reclaimable reclaimer) {
    if (previous == null) {
      return null;
    }
    return track(owner, previous.kind, byteSize, previous.allocationSite, reclaimer);
  }

  private static Record track(
      Object owner,
      String kind,
      long byteSize,
      StackWalker.StackFrame site,
      Reclaimable reclaimer) {
    Record record = new Record(kind, byteSize, site, reclaimer.leakReclaimer());
    record.cleanable = Reclaiming.CLEANER.register(owner, record);
    if (LEVEL == Level.STRICT) {
      OPEN.add(record);
    }
    return record;
  }

  /** Counts an owner closed by its program. */
  static void closed(Record record, long byteSize, ThreadTally local) {
    if (!COUNTING) {
      return;
    }
    local.closed(byteSize);
    if (record != null) {
      // A close-site walk would double the cost of a sampled buffer (NOTES: ~1.5 us per walk), so
      // only the levels that already pay per buffer record where it was closed.
      record.end(TRACKING_ALL ? AllocationSite.ofCaller() : null);
    }
  }

  /** An owner's handle is retired because the owner moved to a new handle. */
  static void moved(Record record) {
    if (record != null) {
      record.end(null);
    }
  }

  /** A transferred owner that nobody received was freed. */
  static void discarded(long byteSize) {
    if (COUNTING) {
      ThreadTally.current().closed(byteSize);
    }
  }

  static void resized(long byteSizeDelta) {
    if (COUNTING) {
      ThreadTally.current().resized(byteSizeDelta);
    }
  }

  static long leakCount() {
    return LEAKS.get();
  }

  static List<String> openOwnerDescriptions() {
    List<String> descriptions = new ArrayList<>();
    for (Record record : OPEN) {
      descriptions.add(record.describe());
    }
    return descriptions;
  }

  private static Level parseLevel(String value) {
    if (value == null || value.isBlank()) {
      return Level.SAMPLED;
    }
    try {
      return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.getLogger(LeakDetection.LOGGER_NAME)
          .log(
              System.Logger.Level.WARNING,
              "-D{0}={1} is not one of off, sampled, all, strict; using sampled",
              LeakDetection.PROPERTY,
              value);
      return Level.SAMPLED;
    }
  }

  /**
   * What is known about one tracked owner. It is also the {@link Cleaner} action, so it must never
   * reference the owner's handle.
   */
  static final class Record implements Runnable {
    private final String kind;
    private final long byteSize;
    private final StackWalker.StackFrame allocationSite;
    private final Runnable reclaimer;
    private Cleaner.Cleanable cleanable;
    /** Set when the program ended the owner (close or transfer); read by the Cleaner's thread. */
    private volatile boolean ended;
    private volatile StackWalker.StackFrame closeSite;

    private Record(
        String kind, long byteSize, StackWalker.StackFrame allocationSite, Runnable reclaimer) {
      this.kind = kind;
      this.byteSize = byteSize;
      this.allocationSite = allocationSite;
      this.reclaimer = reclaimer;
    }

    String allocationSite() {
      return AllocationSite.format(allocationSite);
    }

    /**
     * Where the program closed the owner, or {@code null} if it has not (or, below level {@code
     * all}, if that was not recorded).
     */
    String closeSite() {
      StackWalker.StackFrame frame = closeSite;
      return frame == null ? null : AllocationSite.format(frame);
    }

    private void end(StackWalker.StackFrame closedAt) {
      closeSite = closedAt;
      ended = true;
      OPEN.remove(this);
      cleanable.clean(); // runs run() now, which sees `ended`, and unregisters the owner
    }

    /** The Cleaner action: the handle became unreachable. */
    @Override
    public void run() {
      if (ended) {
        return;
      }
      OPEN.remove(this);
      LEAKS.incrementAndGet();
      if (reclaimer != null) {
        reclaimer.run();
        ThreadTally.current().closed(byteSize);
      }
      if (REPORTED_SITES.add(allocationSite())) {
        report();
      }
    }

    private void report() {
      String fate =
          reclaimer != null
              ? "The leak detector freed its memory."
              : "Its memory stays allocated: on this backend only the allocating thread can free it.";
      System.getLogger(LeakDetection.LOGGER_NAME)
          .log(
              LEVEL == Level.STRICT ? System.Logger.Level.ERROR : System.Logger.Level.WARNING,
              "{0} leaked: it became unreachable without close(); allocated at {1}. {2} "
                  + "Further leaks from this site are counted in LeakDetection.leakedBuffers() "
                  + "but not reported.",
              describeOwner(),
              allocationSite(),
              fate);
    }

    private String describeOwner() {
      return kind + " of " + byteSize + " bytes";
    }

    String describe() {
      return describeOwner() + " allocated at " + allocationSite();
    }
  }

  /** Holds the Cleaner so that its thread starts only once something is tracked. */
  private static final class Reclaiming {
    static final Cleaner CLEANER =
        Cleaner.create(
            task -> {
              Thread thread = new Thread(task, "custody-leak-detector");
              thread.setDaemon(true);
              return thread;
            });
  }
}
