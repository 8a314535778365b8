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
  private static final Set<Watch> OPEN = ConcurrentHashMap.newKeySet();

  private LeakTracker() {}

  /**
   * Counts a new owner and, if it is tracked, registers it; returns its record or {@code null}.
   *
   * <p>The record itself is what the leak detector watches: the owner's handle must be the only
   * object that references it, so that the record becomes unreachable exactly when the handle
   * does. Watching the record rather than the handle keeps the handle out of the tracker, so the
   * JIT can still scalar-replace a handle that never leaves its method, at every level.
   *
   * @param reclaimer frees the owner's memory from another thread, or {@code null} if impossible
   * @param local the calling thread's tally
   */
  static Record opened(String kind, long byteSize, Reclaimable reclaimer, ThreadTally local) {
    if (!COUNTING) {
      return null;
    }
    boolean sampled = local.opened(byteSize);
    if (!sampled && !TRACKING_ALL) {
      return null;
    }
    return track(kind, byteSize, AllocationSite.ofCaller(), reclaimer);
  }

  /** Registers the new handle of a transferred owner; counters do not change. */
  static Record adopted(Record previous, long byteSize, Reclaimable reclaimer) {
    if (previous == null) {
      return null;
    }
    return track(previous.watch.kind, byteSize, previous.watch.allocationSite, reclaimer);
  }

  private static Record track(
      String kind, long byteSize, StackWalker.StackFrame site, Reclaimable reclaimer) {
    Watch watch = new Watch(kind, byteSize, site, reclaimer.leakReclaimer());
    Record record = new Record(watch);
    watch.cleanable = Reclaiming.CLEANER.register(record, watch);
    if (LEVEL == Level.STRICT) {
      OPEN.add(watch);
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
      record.watch.end(TRACKING_ALL ? AllocationSite.ofCaller() : null);
    }
  }

  /** An owner's handle is retired because the owner moved to a new handle. */
  static void moved(Record record) {
    if (record != null) {
      record.watch.end(null);
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
    for (Watch watch : OPEN) {
      descriptions.add(watch.describe());
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
   * A tracked owner's entry in the leak detector, held by the owner's handle and by nothing else:
   * when it becomes unreachable without {@code close()}, the owner has leaked.
   */
  static final class Record {
    private final Watch watch;

    private Record(Watch watch) {
      this.watch = watch;
    }

    String allocationSite() {
      return watch.allocationSite();
    }

    /**
     * Where the program closed the owner, or {@code null} if it has not (or, below level {@code
     * all}, if that was not recorded).
     */
    String closeSite() {
      StackWalker.StackFrame frame = watch.closeSite;
      return frame == null ? null : AllocationSite.format(frame);
    }
  }

  /**
   * What is known about one tracked owner, and the {@link Cleaner} action run when its {@link
   * Record} becomes unreachable; so it must never reference the record or the handle.
   */
  private static final class Watch implements Runnable {
    private final String kind;
    private final long byteSize;
    private final StackWalker.StackFrame allocationSite;
    private final Runnable reclaimer;
    private Cleaner.Cleanable cleanable;
    /** Set when the program ended the owner (close or transfer); read by the Cleaner's thread. */
    private volatile boolean ended;
    private volatile StackWalker.StackFrame closeSite;

    private Watch(
        String kind, long byteSize, StackWalker.StackFrame allocationSite, Runnable reclaimer) {
      this.kind = kind;
      this.byteSize = byteSize;
      this.allocationSite = allocationSite;
      this.reclaimer = reclaimer;
    }

    String allocationSite() {
      return AllocationSite.format(allocationSite);
    }

    private void end(StackWalker.StackFrame closedAt) {
      closeSite = closedAt;
      ended = true;
      if (LEVEL == Level.STRICT) {
        OPEN.remove(this);
      }
      cleanable.clean(); // runs run() now, which sees `ended`, and unregisters the owner
    }

    /** The Cleaner action: the record, and so the handle, became unreachable. */
    @Override
    public void run() {
      if (ended) {
        return;
      }
      if (LEVEL == Level.STRICT) {
        OPEN.remove(this);
      }
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
