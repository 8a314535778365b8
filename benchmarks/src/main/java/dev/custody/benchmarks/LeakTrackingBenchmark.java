package dev.custody.benchmarks;

import dev.custody.runtime.OffHeapBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The cost of each leak-tracking level on the 64-byte allocate + write + read + free cycle. The
 * level is fixed per JVM, so each method runs in a fork with its own {@code -Dcustody.leaks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LeakTrackingBenchmark {

  private static final int SIZE = 64;

  @Benchmark
  @Fork(jvmArgsAppend = "-Dcustody.leaks=off")
  public long levelOff() {
    return cycle();
  }

  @Benchmark
  @Fork(jvmArgsAppend = "-Dcustody.leaks=sampled")
  public long levelSampled() {
    return cycle();
  }

  @Benchmark
  @Fork(jvmArgsAppend = "-Dcustody.leaks=all")
  public long levelAll() {
    return cycle();
  }

  @Benchmark
  @Fork(jvmArgsAppend = "-Dcustody.leaks=strict")
  public long levelStrict() {
    return cycle();
  }

  private static long cycle() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(SIZE)) {
      buffer.putLong(0, SIZE);
      return buffer.getLong(0);
    }
  }
}
