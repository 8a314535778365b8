package dev.custody.benchmarks;

/**
 * Baselines written against {@code java.lang.foreign}, compiled for release 22 (src/main/java22)
 * and reached through this interface so that the benchmarks themselves still run on JDK 17. The
 * only implementation is loaded once per fork, so the JIT inlines the calls.
 */
public interface ForeignBaseline {

  /** {@code Arena.ofConfined()}, allocate, write and read a long, close. */
  long arenaWriteReadFree(long size);

  /**
   * One confined arena holding {@code count * size} bytes, handed out in slices by a slicing
   * allocator, each written and read, then closed: the JDK's closest match to a BufferScope.
   */
  long arenaSlices(int count, long size);

  /** A segment of {@code size} bytes in a confined arena owned by the calling thread. */
  Object newSegment(long size);

  /** Frees a segment from {@link #newSegment}. */
  void freeSegment(Object segment);

  long sumLongs(Object segment);

  /** Writes each long's own offset into it, like the other write loops. */
  void writeOffsets(Object segment);

  void copyToArray(Object segment, long[] target);

  void copyFromArray(long[] source, Object segment);

  /** The implementation, or {@code null} on a JDK without {@code java.lang.foreign} (17–21). */
  static ForeignBaseline loadOrNull() {
    if (Runtime.version().feature() < 22) {
      return null;
    }
    try {
      return (ForeignBaseline)
          Class.forName("dev.custody.benchmarks.foreign.SegmentBaseline")
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the java.lang.foreign baselines were not compiled: build with JDK 22+ or "
              + "-Dcustody.jdk22.home", e);
    }
  }

  /** Loads the implementation or fails the benchmark with a reason (JMH reports it). */
  static ForeignBaseline require() {
    ForeignBaseline baseline = loadOrNull();
    if (baseline == null) {
      throw new UnsupportedOperationException(
          "this baseline needs JDK 22+; exclude it on older JDKs with -e '.*[Aa]rena.*|.*segment.*'");
    }
    return baseline;
  }
}
