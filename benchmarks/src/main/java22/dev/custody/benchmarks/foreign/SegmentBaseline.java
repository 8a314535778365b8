package dev.custody.benchmarks.foreign;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import dev.custody.benchmarks.ForeignBaseline;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

/** Plain {@code java.lang.foreign} code, as a careful programmer would write it by hand. */
public final class SegmentBaseline implements ForeignBaseline {

  /** Keeps each test segment's arena, so that freeSegment can close it. */
  private Arena lastArena;

  @Override
  public long arenaWriteReadFree(long size) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment segment = arena.allocate(size, Long.BYTES);
      segment.set(JAVA_LONG, 0, size);
      return segment.get(JAVA_LONG, 0);
    }
  }

  @Override
  public long arenaSlices(int count, long size) {
    long sum = 0;
    try (Arena arena = Arena.ofConfined()) {
      SegmentAllocator slices = SegmentAllocator.slicingAllocator(arena.allocate(count * size, 8));
      for (int i = 0; i < count; i++) {
        MemorySegment slice = slices.allocate(size, 8);
        slice.set(JAVA_LONG, 0, i);
        sum += slice.get(JAVA_LONG, 0);
      }
    }
    return sum;
  }

  @Override
  public Object newSegment(long size) {
    lastArena = Arena.ofConfined();
    return lastArena.allocate(size, Long.BYTES);
  }

  @Override
  public void freeSegment(Object segment) {
    lastArena.close();
  }

  @Override
  public long sumLongs(Object segment) {
    MemorySegment memory = (MemorySegment) segment;
    long sum = 0;
    for (long offset = 0; offset < memory.byteSize(); offset += Long.BYTES) {
      sum += memory.get(JAVA_LONG_UNALIGNED, offset);
    }
    return sum;
  }

  @Override
  public void writeOffsets(Object segment) {
    MemorySegment memory = (MemorySegment) segment;
    for (long offset = 0; offset < memory.byteSize(); offset += Long.BYTES) {
      memory.set(JAVA_LONG_UNALIGNED, offset, offset);
    }
  }

  @Override
  public void copyToArray(Object segment, long[] target) {
    MemorySegment.copy((MemorySegment) segment, JAVA_LONG_UNALIGNED, 0, target, 0, target.length);
  }

  @Override
  public void copyFromArray(long[] source, Object segment) {
    MemorySegment.copy(source, 0, (MemorySegment) segment, JAVA_LONG_UNALIGNED, 0, source.length);
  }
}
