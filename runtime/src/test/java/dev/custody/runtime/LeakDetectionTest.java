package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.custody.runtime.internal.Backend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs with -Dcustody.leaks=strict (see the failsafe configuration). */
class LeakDetectionTest {

  private final List<String> reports = new CopyOnWriteArrayList<>();
  private final Logger logger = Logger.getLogger(LeakDetection.LOGGER_NAME);
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          reports.add(record.getLevel() + " " + formatter.formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureReports() {
    logger.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    logger.removeHandler(capture);
  }

  @Test
  void levelComesFromTheSystemProperty() {
    assertEquals(LeakDetection.Level.STRICT, LeakDetection.level());
  }

  @Test
  void leakIsReportedOnceForItsSiteAndCounted() throws InterruptedException {
    long leaksBefore = LeakDetection.leakedBuffers();
    int line = leakOneBuffer();
    leakOneBuffer();
    String site =
        "dev.custody.runtime.LeakDetectionTest.leakOneBuffer(LeakDetectionTest.java:" + line + ")";
    awaitGarbageCollection(
        () -> LeakDetection.leakedBuffers() >= leaksBefore + 2 && reportsFrom(site).size() > 0);

    List<String> fromSite = reportsFrom(site);
    assertEquals(1, fromSite.size(), () -> "reports: " + reports);
    String report = fromSite.get(0);
    assertTrue(report.startsWith("SEVERE OffHeapBuffer of 4096 bytes leaked"), report);
    if (Backend.name().equals("unsafe")) {
      assertTrue(report.contains("The leak detector freed its memory."), report);
    } else {
      assertTrue(report.contains("Its memory stays allocated"), report);
    }
  }

  private List<String> reportsFrom(String site) {
    return reports.stream().filter(r -> r.contains(site)).collect(Collectors.toList());
  }

  /** Allocates and drops a buffer; returns the line of the allocation. */
  private static int leakOneBuffer() {
    OffHeapBuffer.allocate(4096).putLong(0, 1); return new Throwable().getStackTrace()[0].getLineNumber();
  }

  @Test
  void leakedScopeIsReportedWithItsOpeningSite() throws InterruptedException {
    int line = leakOneScope();
    String site = "LeakDetectionTest.leakOneScope(LeakDetectionTest.java:" + line + ")";
    awaitGarbageCollection(() -> !reportsFrom(site).isEmpty());
    assertTrue(reportsFrom(site).get(0).contains("BufferScope of 512 bytes leaked"),
        () -> "reports: " + reports);
  }

  private static int leakOneScope() {
    BufferScope.open(512).allocate(64).putLong(0, 1); return new Throwable().getStackTrace()[0].getLineNumber();
  }

  @Test
  void closedBuffersAreNeverReportedAsLeaks() throws InterruptedException {
    for (int i = 0; i < 1000; i++) {
      OffHeapBuffer.allocate(64).close();
    }
    OffHeapBuffer.allocate(8).transfer().close();
    BufferScope.open().close();
    // The report of a marker leaked afterwards proves the collector and the cleaner have run.
    int markerLine = leakOneMarker();
    awaitGarbageCollection(
        () -> !reportsFrom("LeakDetectionTest.java:" + markerLine + ")").isEmpty());
    assertEquals(
        List.of(),
        reportsFrom("LeakDetectionTest.closedBuffersAreNeverReportedAsLeaks("),
        () -> "reports: " + reports);
  }

  @Test
  void aBufferStillReachableIsNeverReportedHoweverOftenTheCollectorRuns()
      throws InterruptedException {
    // The detector watches a record that only the handle holds: as long as the handle is
    // reachable, so is the record, and nothing may be reported or freed.
    OffHeapBuffer kept = OffHeapBuffer.allocate(48); int line = new Throwable().getStackTrace()[0].getLineNumber();
    kept.putLong(40, 7);
    // A leaked marker being counted proves the collector and the cleaner have run (its site may
    // have been reported already: reports are once per site).
    long leaksBefore = LeakDetection.leakedBuffers();
    leakOneMarker();
    awaitGarbageCollection(() -> LeakDetection.leakedBuffers() > leaksBefore);
    assertEquals(List.of(), reportsFrom("LeakDetectionTest.java:" + line + ")"));
    assertEquals(7, kept.getLong(40));
    kept.close();
  }

  private static int leakOneMarker() {
    OffHeapBuffer.allocate(16).putLong(0, 1); return new Throwable().getStackTrace()[0].getLineNumber();
  }

  @Test
  void strictAssertionListsOpenOwnersDeterministically() {
    LeakDetection.assertNoLiveBuffers();
    OffHeapBuffer open = OffHeapBuffer.allocate(24); int line = new Throwable().getStackTrace()[0].getLineNumber();
    AssertionError e = assertThrows(AssertionError.class, LeakDetection::assertNoLiveBuffers);
    assertEquals(
        "1 owner(s) still open:\n  OffHeapBuffer of 24 bytes allocated at "
            + "dev.custody.runtime.LeakDetectionTest.strictAssertionListsOpenOwnersDeterministically("
            + "LeakDetectionTest.java:" + line + ")",
        e.getMessage());
    open.close();
    LeakDetection.assertNoLiveBuffers();
  }

  @Test
  void countersFollowAllocationsAcrossThreads() {
    long buffers = LeakDetection.liveBuffers();
    long bytes = LeakDetection.liveBytes();
    OffHeapBuffer a = OffHeapBuffer.allocate(100);
    OffHeapBuffer b = OffHeapBuffer.allocateShared(28);
    assertEquals(buffers + 2, LeakDetection.liveBuffers());
    assertEquals(bytes + 128, LeakDetection.liveBytes());
    BufferTransfer transfer = a.transfer();
    Threads.onAnotherThread(() -> transfer.receive().close());
    Threads.onAnotherThread(b::close);
    assertEquals(buffers, LeakDetection.liveBuffers());
    assertEquals(bytes, LeakDetection.liveBytes());
  }

  @Test
  void samplingPicksAboutOneAllocationInTheInterval() {
    ThreadTally tally = new ThreadTally();
    int allocations = 1000 * LeakDetection.SAMPLING_INTERVAL;
    int sampled = 0;
    for (int i = 0; i < allocations; i++) {
      if (tally.opened(0)) {
        sampled++;
      }
    }
    // Gaps are uniform in [1, 2 * interval - 1]: about 1000 samples, far from 0 or "all".
    assertTrue(sampled > 900 && sampled < 1100, "sampled " + sampled);
  }

  private static void awaitGarbageCollection(BooleanSupplier done) throws InterruptedException {
    for (int attempt = 0; attempt < 100 && !done.getAsBoolean(); attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertTrue(done.getAsBoolean(), "the leak detector did not run");
  }
}
