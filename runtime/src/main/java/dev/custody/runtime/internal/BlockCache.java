package dev.custody.runtime.internal;

/**
 * One platform thread's small blocks, kept after their buffers closed so that the next small
 * allocation skips malloc/free (or arena creation and closing), which dominate the cost of a small
 * buffer. Handles are never reused, only the memory behind them, and only memory that no view ever
 * reached, so a stale handle or view can never see a later owner's data: the handle fails its own
 * state check first.
 *
 * <p>Blocks of {@value #SMALLEST_BLOCK} to {@value #LARGEST_BLOCK} bytes in powers of two, at most
 * {@value #BLOCKS_PER_SIZE} of each size: under 4 KiB per thread. A thread that ends with blocks
 * cached leaves them to {@link #releaseAll()} (on the JDK 22+ backend a confined arena can only be
 * closed by its own thread, so there those few kilobytes stay allocated). Virtual threads cache
 * nothing.
 */
public final class BlockCache {

  public static final int SMALLEST_BLOCK = 16;
  public static final int LARGEST_BLOCK = 256;
  private static final int SMALLEST_SHIFT = 4;
  private static final int SIZES = 5;
  private static final int BLOCKS_PER_SIZE = 8;

  private final Memory[][] blocks;
  private final int[] counts;

  private BlockCache(boolean enabled) {
    this.blocks = enabled ? new Memory[SIZES][BLOCKS_PER_SIZE] : null;
    this.counts = enabled ? new int[SIZES] : null;
  }

  /** The cache for {@code thread}, to be used only by that thread. */
  public static BlockCache forThread(Thread thread) {
    return new BlockCache(!Backend.isVirtual(thread));
  }

  /** Zeroed memory of at least {@code byteSize} bytes for a buffer confined to this thread. */
  public Memory allocate(long byteSize) {
    if (byteSize == 0 || byteSize > LARGEST_BLOCK) {
      return Backend.allocateConfined(byteSize);
    }
    int size = sizeIndex(byteSize);
    if (blocks != null && counts[size] > 0) {
      int top = --counts[size];
      Memory block = blocks[size][top];
      blocks[size][top] = null;
      zero(block, byteSize);
      return block;
    }
    return Backend.allocateConfined((long) SMALLEST_BLOCK << size);
  }

  /** Frees the memory of a buffer this thread closed, keeping it for reuse when allowed. */
  public void free(Memory memory, Thread current) {
    if (blocks != null) {
      long byteSize = memory.byteSize();
      if (byteSize >= SMALLEST_BLOCK
          && byteSize <= LARGEST_BLOCK
          && Long.bitCount(byteSize) == 1
          && memory.isReusableBy(current)) {
        int size = sizeIndex(byteSize);
        if (counts[size] < BLOCKS_PER_SIZE) {
          blocks[size][counts[size]++] = memory;
          return;
        }
      }
    }
    memory.release();
  }

  /**
   * Frees every cached block, for a thread that has ended. Blocks that only their (dead) thread
   * could free stay allocated.
   */
  public void releaseAll() {
    if (blocks == null) {
      return;
    }
    for (int size = 0; size < SIZES; size++) {
      for (int i = 0; i < counts[size]; i++) {
        Runnable reclaimer = blocks[size][i].leakReclaimer();
        if (reclaimer != null) {
          reclaimer.run();
        }
        blocks[size][i] = null;
      }
      counts[size] = 0;
    }
  }

  /**
   * Zeroes what the new buffer can see. Plain stores: at these sizes a bulk fill costs more in its
   * call overhead (a native call on JDK 17) than the eight or so stores it replaces.
   */
  private static void zero(Memory block, long byteSize) {
    long offset = 0;
    for (; offset + Long.BYTES <= byteSize; offset += Long.BYTES) {
      block.putLong(offset, 0);
    }
    for (; offset < byteSize; offset++) {
      block.putByte(offset, (byte) 0);
    }
  }

  /** 0 for 1..16 bytes, 1 for 17..32, ..., 4 for 129..256. */
  private static int sizeIndex(long byteSize) {
    return Math.max(0, 64 - Long.numberOfLeadingZeros(byteSize - 1) - SMALLEST_SHIFT);
  }
}
