package dev.custody.benchmarks;

import dev.custody.runtime.BufferScope;
import dev.custody.runtime.OffHeapBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoped allocation: open a region, hand out {@value #COUNT} buffers of {@value #SIZE} bytes, write
 * and read a long in each, close the region. Reported per buffer, so the region's own open/close
 * is amortised over {@value #COUNT} buffers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ScopeBenchmark {

  static final int COUNT = 256;
  static final int SIZE = 64;

  private ForeignBaseline foreign;

  @Setup
  public void setUp() {
    foreign = ForeignBaseline.loadOrNull();
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public long bufferScope() {
    long sum = 0;
    try (BufferScope scope = BufferScope.open(COUNT * SIZE)) {
      for (int i = 0; i < COUNT; i++) {
        OffHeapBuffer buffer = scope.allocate(SIZE);
        buffer.putLong(0, i);
        sum += buffer.getLong(0);
      }
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public long arenaSlices() {
    if (foreign == null) {
      foreign = ForeignBaseline.require();
    }
    return foreign.arenaSlices(COUNT, SIZE);
  }

  /** Each buffer allocated and freed on its own, for scale. */
  @Benchmark
  @OperationsPerInvocation(COUNT)
  public long separateBuffers() {
    long sum = 0;
    for (int i = 0; i < COUNT; i++) {
      try (OffHeapBuffer buffer = OffHeapBuffer.allocate(SIZE)) {
        buffer.putLong(0, i);
        sum += buffer.getLong(0);
      }
    }
    return sum;
  }
}
