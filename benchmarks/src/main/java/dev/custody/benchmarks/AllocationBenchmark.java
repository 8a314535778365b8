package dev.custody.benchmarks;

import dev.custody.runtime.OffHeapBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Allocate, write a long, read it back, free: the whole life of a buffer, against the raw floor
 * and the JDK's own ways of doing it. All use the default leak tracking level ({@code sampled}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class AllocationBenchmark {

  @Param({"64", "4096", "1048576"})
  public int size;

  private ForeignBaseline foreign;

  @Setup
  public void setUp() {
    foreign = ForeignBaseline.loadOrNull();
  }

  @Benchmark
  public long mallocFloor() {
    return RawMemory.mallocWriteReadFree(size);
  }

  @Benchmark
  public long callocFloor() {
    return RawMemory.callocWriteReadFree(size);
  }

  @Benchmark
  public long directByteBuffer() {
    return RawMemory.directBufferWriteReadFree(size);
  }

  @Benchmark
  public long arenaConfined() {
    if (foreign == null) {
      foreign = ForeignBaseline.require();
    }
    return foreign.arenaWriteReadFree(size);
  }

  @Benchmark
  public long offHeapBuffer() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(size)) {
      buffer.putLong(0, size);
      return buffer.getLong(0);
    }
  }
}
