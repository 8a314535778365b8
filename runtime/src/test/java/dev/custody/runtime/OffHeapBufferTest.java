package dev.custody.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a correctly used buffer does: zeroed memory, every accessor, bulk operations, views. */
class OffHeapBufferTest {

  @Test
  void allocatedMemoryIsZeroed() {
    // Dirty some memory first so that a missing zeroing step would likely show.
    try (OffHeapBuffer dirty = OffHeapBuffer.allocate(4096)) {
      dirty.fill((byte) 0x5A);
    }
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(4096)) {
      byte[] contents = new byte[4096];
      buffer.get(0, contents, 0, contents.length);
      assertArrayEquals(new byte[4096], contents);
    }
  }

  @Test
  void negativeSizeIsRejectedAndZeroIsAllowed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OffHeapBuffer.allocate(-1));
    assertEquals("byteSize must not be negative: -1", e.getMessage());
    try (OffHeapBuffer empty = OffHeapBuffer.allocate(0)) {
      assertEquals(0, empty.byteSize());
      assertThrows(IndexOutOfBoundsException.class, () -> empty.getByte(0));
    }
  }

  @Test
  void impossibleSizeIsAnOutOfMemoryErrorWithAMessage() {
    OutOfMemoryError e =
        assertThrows(OutOfMemoryError.class, () -> OffHeapBuffer.allocate(Long.MAX_VALUE / 2));
    assertEquals(
        "the system refused " + Long.MAX_VALUE / 2 + " bytes of native memory", e.getMessage());
  }

  @Test
  void everyPrimitiveRoundTripsInNativeOrderAtUnalignedOffsets() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(64)) {
      buffer.putByte(1, (byte) -7);
      buffer.putShort(3, (short) 0x1234);
      buffer.putInt(7, 0xCAFEBABE);
      buffer.putLong(13, 0x0102030405060708L);
      buffer.putFloat(29, 3.25f);
      buffer.putDouble(37, -1.0e300);

      assertEquals((byte) -7, buffer.getByte(1));
      assertEquals((short) 0x1234, buffer.getShort(3));
      assertEquals(0xCAFEBABE, buffer.getInt(7));
      assertEquals(0x0102030405060708L, buffer.getLong(13));
      assertEquals(3.25f, buffer.getFloat(29));
      assertEquals(-1.0e300, buffer.getDouble(37));

      // The same bytes read through an independent native-order decoder.
      byte[] raw = new byte[64];
      buffer.get(0, raw, 0, raw.length);
      ByteBuffer decoder = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
      assertEquals((short) 0x1234, decoder.getShort(3));
      assertEquals(0xCAFEBABE, decoder.getInt(7));
      assertEquals(0x0102030405060708L, decoder.getLong(13));
      assertEquals(3.25f, decoder.getFloat(29));
      assertEquals(-1.0e300, decoder.getDouble(37));
    }
  }

  @Test
  void everyAccessorChecksItsWholeRange() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(16)) {
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.getByte(16));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.putByte(-1, (byte) 0));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.getShort(15));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.putShort(15, (short) 0));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.getInt(13));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.putInt(13, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.getLong(9));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.putLong(9, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.getFloat(13));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.putFloat(13, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.getDouble(9));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.putDouble(Long.MIN_VALUE, 0));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.fill(8, 9, (byte) 1));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.fill(-1, 1, (byte) 1));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.get(1, new byte[16], 0, 16));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.get(0, new byte[4], 1, 4));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.put(0, new long[3], 0, 3));
      assertThrows(IndexOutOfBoundsException.class, () -> buffer.asByteBuffer(8, 9));
      // Boundaries themselves are fine.
      buffer.putLong(8, 1);
      buffer.fill(16, 0, (byte) 1);
      assertEquals(1, buffer.getLong(8));
    }
  }

  @Test
  void bulkCopiesMoveExactlyTheRequestedRange() {
    Random random = new Random(42);
    byte[] bytes = new byte[1000];
    random.nextBytes(bytes);
    long[] longs = random.longs(100).toArray();
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(2048)) {
      buffer.put(10, bytes, 5, 990);
      byte[] back = new byte[1000];
      buffer.get(10, back, 5, 990);
      assertArrayEquals(Arrays.copyOfRange(bytes, 5, 995), Arrays.copyOfRange(back, 5, 995));
      assertEquals(0, back[4]);
      assertEquals(0, buffer.getByte(9));
      assertEquals(0, buffer.getByte(1000));

      buffer.put(1024, longs, 0, 100);
      long[] longsBack = new long[100];
      buffer.get(1024, longsBack, 0, 100);
      assertArrayEquals(longs, longsBack);
      assertEquals(longs[3], buffer.getLong(1024 + 3 * 8));
    }
  }

  @Test
  void fillSetsOnlyTheRange() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(32)) {
      buffer.fill(4, 8, (byte) 7);
      assertEquals(0, buffer.getByte(3));
      assertEquals(7, buffer.getByte(4));
      assertEquals(7, buffer.getByte(11));
      assertEquals(0, buffer.getByte(12));
    }
  }

  @Test
  void copyBetweenBuffersAndOverlappingCopyWithinOne() {
    try (OffHeapBuffer source = OffHeapBuffer.allocate(64);
        OffHeapBuffer target = OffHeapBuffer.allocate(64)) {
      for (int i = 0; i < 64; i++) {
        source.putByte(i, (byte) i);
      }
      source.copyTo(8, target, 0, 16);
      assertEquals(8, target.getByte(0));
      assertEquals(23, target.getByte(15));
      assertEquals(0, target.getByte(16));

      source.copyTo(0, source, 4, 32); // overlapping, forwards
      for (int i = 0; i < 32; i++) {
        assertEquals(i, source.getByte(4 + i));
      }
      assertThrows(IndexOutOfBoundsException.class, () -> source.copyTo(0, target, 60, 8));
    }
  }

  @Test
  void viewsShareTheMemoryInNativeOrder() {
    try (OffHeapBuffer buffer = OffHeapBuffer.allocate(64)) {
      buffer.putLong(8, 99);
      ByteBuffer view = buffer.asByteBuffer(8, 16);
      assertEquals(ByteOrder.nativeOrder(), view.order());
      assertEquals(16, view.capacity());
      assertEquals(99, view.getLong(0));
      view.putInt(8, 12345);
      assertEquals(12345, buffer.getInt(16));
      buffer.putLong(0, -1); // still usable after a view exists
      assertEquals(-1, buffer.getLong(0));
      assertEquals(99, buffer.asByteBuffer().getLong(8));
    }
  }
}
