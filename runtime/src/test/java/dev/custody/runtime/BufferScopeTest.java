package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BufferScopeTest {

  @Test
  void buffersAreDisjointAlignedAndZeroed() {
    try (BufferScope scope = BufferScope.open(1024)) {
      List<OffHeapBuffer> buffers = new ArrayList<>();
      for (int size = 0; size < 40; size++) {
        OffHeapBuffer buffer = scope.allocate(size);
        assertEquals(size, buffer.byteSize());
        for (int i = 0; i < size; i++) {
          assertEquals(0, buffer.getByte(i), "fresh scoped memory must be zero");
        }
        buffer.fill((byte) size);
        buffers.add(buffer);
      }
      // Writing each buffer must not have touched any other one.
      for (int size = 0; size < 40; size++) {
        OffHeapBuffer buffer = buffers.get(size);
        for (int i = 0; i < size; i++) {
          assertEquals((byte) size, buffer.getByte(i));
        }
      }
      // An 8-byte-aligned layout: a long at offset 0 of every slice shares no byte with a neighbour.
      OffHeapBuffer a = scope.allocate(3);
      OffHeapBuffer b = scope.allocate(8);
      b.putLong(0, -1L);
      assertEquals(0, a.getByte(2));
    }
  }

  @Test
  void growsByChunksAndGivesLargeRequestsTheirOwn() {
    try (BufferScope scope = BufferScope.open(64)) {
      assertEquals(64, scope.reservedBytes());
      scope.allocate(64);
      OffHeapBuffer next = scope.allocate(8);
      next.putLong(0, 1);
      assertEquals(64 + BufferScope.DEFAULT_CAPACITY, scope.reservedBytes());

      long before = scope.reservedBytes();
      OffHeapBuffer big = scope.allocate(1 << 20);
      big.putLong((1 << 20) - 8, 5);
      assertEquals(before + (1 << 20), scope.reservedBytes());
      // The small chunk still serves small requests after the big one.
      scope.allocate(8).putLong(0, 2);
      assertEquals(before + (1 << 20), scope.reservedBytes());
      assertEquals(1, next.getLong(0));
      assertEquals(5, big.getLong((1 << 20) - 8));
    }
  }

  @Test
  void countsAsOneOwnerHoldingItsChunks() {
    long buffersBefore = LeakDetection.liveBuffers();
    long bytesBefore = LeakDetection.liveBytes();
    BufferScope scope = BufferScope.open(256);
    scope.allocate(200);
    scope.allocate(200);
    assertEquals(buffersBefore + 1, LeakDetection.liveBuffers());
    assertEquals(bytesBefore + scope.reservedBytes(), LeakDetection.liveBytes());
    assertTrue(scope.reservedBytes() > 256);
    scope.close();
    assertEquals(buffersBefore, LeakDetection.liveBuffers());
    assertEquals(bytesBefore, LeakDetection.liveBytes());
  }
}
