package dev.custody.benchmarks;

import dev.custody.runtime.OffHeapBuffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sequential reads and writes of 1 MiB: long by long, and in one bulk copy to or from a {@code
 * long[]}, through OffHeapBuffer against a raw confined {@code MemorySegment} (JDK 22+), a direct
 * {@code ByteBuffer} and raw Unsafe addresses. Times are per MiB.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class SequentialAccessBenchmark {

  private static final int BYTES = 1 << 20;
  private static final int LONGS = BYTES / Long.BYTES;

  private OffHeapBuffer buffer;
  private ByteBuffer direct;
  private long address;
  private ForeignBaseline foreign;
  private Object segment;
  private final long[] array = new long[LONGS];

  @Setup
  public void setUp() {
    buffer = OffHeapBuffer.allocate(BYTES);
    direct = ByteBuffer.allocateDirect(BYTES).order(ByteOrder.nativeOrder());
    address = RawMemory.UNSAFE.allocateMemory(BYTES);
    RawMemory.UNSAFE.setMemory(address, BYTES, (byte) 1);
    buffer.fill((byte) 1);
    foreign = ForeignBaseline.loadOrNull();
    if (foreign != null) {
      segment = foreign.newSegment(BYTES);
      foreign.writeOffsets(segment);
    }
    for (int i = 0; i < BYTES; i += Long.BYTES) {
      direct.putLong(i, 0x0101010101010101L);
    }
  }

  @TearDown
  public void tearDown() {
    buffer.close();
    RawMemory.UNSAFE.invokeCleaner(direct);
    RawMemory.UNSAFE.freeMemory(address);
    if (foreign != null) {
      foreign.freeSegment(segment);
    }
  }

  private ForeignBaseline foreign() {
    if (foreign == null) {
      foreign = ForeignBaseline.require();
    }
    return foreign;
  }

  // --- long by long ---------------------------------------------------------------------------

  @Benchmark
  public long readLongsOffHeapBuffer() {
    long sum = 0;
    for (long offset = 0; offset < BYTES; offset += Long.BYTES) {
      sum += buffer.getLong(offset);
    }
    return sum;
  }

  @Benchmark
  public long readLongsSegment() {
    return foreign().sumLongs(segment);
  }

  @Benchmark
  public long readLongsByteBuffer() {
    long sum = 0;
    for (int offset = 0; offset < BYTES; offset += Long.BYTES) {
      sum += direct.getLong(offset);
    }
    return sum;
  }

  @Benchmark
  public long readLongsUnsafe() {
    long sum = 0;
    for (long offset = 0; offset < BYTES; offset += Long.BYTES) {
      sum += RawMemory.UNSAFE.getLong(address + offset);
    }
    return sum;
  }

  @Benchmark
  public void writeLongsOffHeapBuffer() {
    for (long offset = 0; offset < BYTES; offset += Long.BYTES) {
      buffer.putLong(offset, offset);
    }
  }

  @Benchmark
  public void writeLongsUnsafe() {
    for (long offset = 0; offset < BYTES; offset += Long.BYTES) {
      RawMemory.UNSAFE.putLong(address + offset, offset);
    }
  }

  @Benchmark
  public void writeLongsSegment() {
    foreign().writeOffsets(segment);
  }

  @Benchmark
  public void writeLongsByteBuffer() {
    for (int offset = 0; offset < BYTES; offset += Long.BYTES) {
      direct.putLong(offset, offset);
    }
  }

  // --- bulk ----------------------------------------------------------------------------------

  @Benchmark
  public long[] bulkReadOffHeapBuffer() {
    buffer.get(0, array, 0, LONGS);
    return array;
  }

  @Benchmark
  public long[] bulkReadSegment() {
    foreign().copyToArray(segment, array);
    return array;
  }

  @Benchmark
  public long[] bulkReadByteBuffer() {
    direct.asLongBuffer().get(0, array);
    return array;
  }

  @Benchmark
  public void bulkWriteOffHeapBuffer() {
    buffer.put(0, array, 0, LONGS);
  }

  @Benchmark
  public void bulkWriteSegment() {
    foreign().copyFromArray(array, segment);
  }

  @Benchmark
  public void bulkWriteByteBuffer() {
    direct.asLongBuffer().put(0, array);
  }
}
