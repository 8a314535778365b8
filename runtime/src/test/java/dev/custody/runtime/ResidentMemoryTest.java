package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Freed memory really goes back: allocating gigabytes in total leaves resident memory flat. */
class ResidentMemoryTest {

  private static final long TOTAL = 6L << 30;
  private static final long ALLOWED_GROWTH = 64L << 20;

  @Test
  @EnabledOnOs(OS.LINUX) // reads /proc/self/status
  void allocatingAndFreeingGigabytesKeepsResidentMemoryFlat() throws IOException {
    churn(64, 1 << 20); // warm up the allocator and the JIT before the baseline
    long before = residentBytes();
    long allocated = churn(TOTAL / 3 / (1 << 20), 1 << 20) // 2 GiB in 1 MiB buffers
        + churn(TOTAL / 3 / (64 << 10), 64 << 10)         // 2 GiB in 64 KiB buffers
        + churnScopes(TOTAL / 3 / (1 << 20));              // 2 GiB in scopes
    long after = residentBytes();
    assertTrue(allocated >= TOTAL - (4 << 20), "allocated only " + allocated);
    assertTrue(
        after - before < ALLOWED_GROWTH,
        "resident memory grew by " + (after - before) / (1 << 20) + " MiB after allocating "
            + allocated / (1 << 20) + " MiB");
  }

  /** Allocates, touches every page of, and frees {@code count} buffers; returns the bytes. */
  private static long churn(long count, int byteSize) {
    long total = 0;
    for (long i = 0; i < count; i++) {
      try (OffHeapBuffer buffer = OffHeapBuffer.allocate(byteSize)) {
        touchEveryPage(buffer);
        total += buffer.byteSize();
      }
    }
    return total;
  }

  private static long churnScopes(long count) {
    long total = 0;
    for (long i = 0; i < count; i++) {
      try (BufferScope scope = BufferScope.open(1 << 20)) {
        for (int j = 0; j < 16; j++) {
          touchEveryPage(scope.allocate(64 << 10));
        }
        total += scope.reservedBytes();
      }
    }
    return total;
  }

  private static void touchEveryPage(OffHeapBuffer buffer) {
    for (long offset = 0; offset + 8 <= buffer.byteSize(); offset += 4096) {
      buffer.putLong(offset, offset);
    }
  }

  /** VmRSS from /proc/self/status, in bytes. */
  private static long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
        return Long.parseLong(kilobytes) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS line in /proc/self/status");
  }
}
