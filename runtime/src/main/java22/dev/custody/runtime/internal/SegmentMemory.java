package dev.custody.runtime.internal;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A segment that is the whole of its own arena: closing the arena frees the memory and makes every
 * view (ByteBuffer or segment) fail with the JDK's own {@code IllegalStateException}.
 */
final class SegmentMemory extends Memory {

  /** Memory handed between threads is staged on the heap in arrays of at most this many bytes. */
  private static final int STAGING_CHUNK = 1 << 30;

  private final Arena arena;
  private final MemorySegment segment;
  private final boolean shared;
  private boolean viewed;

  private SegmentMemory(Arena arena, MemorySegment segment, boolean shared) {
    this.arena = arena;
    this.segment = segment;
    this.shared = shared;
  }

  static SegmentMemory allocate(Arena arena, long byteSize, boolean shared) {
    try {
      // Arena.allocate zeroes the memory; 8-byte alignment keeps aligned longs in one cache line.
      return new SegmentMemory(arena, arena.allocate(byteSize, Long.BYTES), shared);
    } catch (OutOfMemoryError e) {
      arena.close();
      OutOfMemoryError refusal =
          new OutOfMemoryError("the system refused " + byteSize + " bytes of native memory");
      refusal.initCause(e);
      throw refusal;
    }
  }

  @Override
  public long byteSize() {
    return segment.byteSize();
  }

  @Override
  public byte getByte(long offset) {
    return segment.get(JAVA_BYTE, offset);
  }

  @Override
  public void putByte(long offset, byte value) {
    segment.set(JAVA_BYTE, offset, value);
  }

  @Override
  public short getShort(long offset) {
    return segment.get(JAVA_SHORT_UNALIGNED, offset);
  }

  @Override
  public void putShort(long offset, short value) {
    segment.set(JAVA_SHORT_UNALIGNED, offset, value);
  }

  @Override
  public int getInt(long offset) {
    return segment.get(JAVA_INT_UNALIGNED, offset);
  }

  @Override
  public void putInt(long offset, int value) {
    segment.set(JAVA_INT_UNALIGNED, offset, value);
  }

  @Override
  public long getLong(long offset) {
    return segment.get(JAVA_LONG_UNALIGNED, offset);
  }

  @Override
  public void putLong(long offset, long value) {
    segment.set(JAVA_LONG_UNALIGNED, offset, value);
  }

  @Override
  public float getFloat(long offset) {
    return segment.get(JAVA_FLOAT_UNALIGNED, offset);
  }

  @Override
  public void putFloat(long offset, float value) {
    segment.set(JAVA_FLOAT_UNALIGNED, offset, value);
  }

  @Override
  public double getDouble(long offset) {
    return segment.get(JAVA_DOUBLE_UNALIGNED, offset);
  }

  @Override
  public void putDouble(long offset, double value) {
    segment.set(JAVA_DOUBLE_UNALIGNED, offset, value);
  }

  @Override
  public void copyToArray(long offset, byte[] target, int index, int length) {
    MemorySegment.copy(segment, JAVA_BYTE, offset, target, index, length);
  }

  @Override
  public void copyFromArray(byte[] source, int index, int length, long offset) {
    MemorySegment.copy(source, index, segment, JAVA_BYTE, offset, length);
  }

  @Override
  public void copyToArray(long offset, long[] target, int index, int length) {
    MemorySegment.copy(segment, JAVA_LONG_UNALIGNED, offset, target, index, length);
  }

  @Override
  public void copyFromArray(long[] source, int index, int length, long offset) {
    MemorySegment.copy(source, index, segment, JAVA_LONG_UNALIGNED, offset, length);
  }

  @Override
  public void fill(long offset, long length, byte value) {
    segment.asSlice(offset, length).fill(value);
  }

  @Override
  public void copyTo(long offset, Memory target, long targetOffset, long length) {
    MemorySegment.copy(segment, offset, ((SegmentMemory) target).segment, targetOffset, length);
  }

  @Override
  public ByteBuffer view(long offset, int length) {
    // A buffer derived from a segment carries the arena's liveness check, and so does any segment
    // a caller makes from it with MemorySegment.ofBuffer.
    viewed = true;
    return segment.asSlice(offset, length).asByteBuffer().order(ByteOrder.nativeOrder());
  }

  @Override
  public boolean isReusableBy(Thread thread) {
    return !shared && !viewed && segment.isAccessibleBy(thread);
  }

  @Override
  public void release() {
    arena.close();
  }

  @Override
  public Runnable leakReclaimer() {
    // Only a shared arena may be closed by the Cleaner's thread; a confined one stays allocated.
    return shared ? arena::close : null;
  }

  @Override
  public InTransit detach() {
    if (shared) {
      throw new IllegalStateException("a shared block is usable by every thread; it never moves");
    }
    // A confined arena belongs to its thread for life: the contents move to the heap and the
    // receiving thread copies them into an arena of its own.
    byte[][] staging = stage();
    long byteSize = segment.byteSize();
    arena.close();
    return new InTransit() {
      @Override
      public Memory attach() {
        SegmentMemory received = allocate(Arena.ofConfined(), byteSize, false);
        long offset = 0;
        for (byte[] chunk : staging) {
          MemorySegment.copy(chunk, 0, received.segment, JAVA_BYTE, offset, chunk.length);
          offset += chunk.length;
        }
        return received;
      }

      @Override
      public void discard() {}
    };
  }

  private byte[][] stage() {
    long byteSize = segment.byteSize();
    int chunks = (int) ((byteSize + STAGING_CHUNK - 1) / STAGING_CHUNK);
    byte[][] staging = new byte[chunks][];
    for (int i = 0; i < chunks; i++) {
      long offset = (long) i * STAGING_CHUNK;
      staging[i] = segment.asSlice(offset, Math.min(STAGING_CHUNK, byteSize - offset))
          .toArray(JAVA_BYTE);
    }
    return staging;
  }
}
