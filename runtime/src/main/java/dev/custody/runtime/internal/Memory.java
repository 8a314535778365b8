package dev.custody.runtime.internal;

import java.nio.ByteBuffer;

/**
 * One block of native memory as a backend provides it: raw accessors whose offsets the caller has
 * already validated, and the operations that end or move the block's life.
 *
 * <p>Nothing here checks threads, state or bounds; {@code OffHeapBuffer} does that once per call or
 * once per bulk operation. Each JVM loads exactly one subclass (the base or the JDK 22+ backend), so
 * the JIT sees every call through this type as monomorphic.
 *
 * <p>Values use the platform's native byte order; multi-byte accesses need not be aligned.
 */
public abstract class Memory implements Reclaimable {

  protected Memory() {}

  /** Size of the block in bytes. */
  public abstract long byteSize();

  public abstract byte getByte(long offset);

  public abstract void putByte(long offset, byte value);

  public abstract short getShort(long offset);

  public abstract void putShort(long offset, short value);

  public abstract int getInt(long offset);

  public abstract void putInt(long offset, int value);

  public abstract long getLong(long offset);

  public abstract void putLong(long offset, long value);

  public abstract float getFloat(long offset);

  public abstract void putFloat(long offset, float value);

  public abstract double getDouble(long offset);

  public abstract void putDouble(long offset, double value);

  /** Copies {@code length} bytes starting at {@code offset} into {@code target[index..]}. */
  public abstract void copyToArray(long offset, byte[] target, int index, int length);

  /** Copies {@code source[index..index+length)} to {@code offset}. */
  public abstract void copyFromArray(byte[] source, int index, int length, long offset);

  /** Copies {@code length} longs starting at {@code offset} into {@code target[index..]}. */
  public abstract void copyToArray(long offset, long[] target, int index, int length);

  /** Copies {@code source[index..index+length)} to {@code offset}. */
  public abstract void copyFromArray(long[] source, int index, int length, long offset);

  public abstract void fill(long offset, long length, byte value);

  /**
   * Copies {@code length} bytes to {@code target} (a block of the same backend, possibly this one;
   * overlapping ranges are copied as if through a temporary).
   */
  public abstract void copyTo(long offset, Memory target, long targetOffset, long length);

  /**
   * A {@link ByteBuffer} in native byte order over {@code [offset, offset + length)} that cannot
   * reach freed or reused memory: it fails once the block is released or detached.
   *
   * @throws UnsupportedOperationException if this backend cannot give that guarantee for this block
   */
  public abstract ByteBuffer view(long offset, int length);

  /**
   * Whether, once its buffer is closed, this block may back a new buffer of {@code thread}: no view
   * ever reached it (a view could otherwise read the next owner's data) and {@code thread} may
   * access it.
   */
  public abstract boolean isReusableBy(Thread thread);

  /**
   * Frees the block now. Called once, by the thread allowed to free it; views stop working.
   */
  public abstract void release();

  /**
   * {@inheritDoc}
   *
   * <p>{@code null} when the backend cannot free this block from another thread (a confined arena
   * can only be closed by its own thread).
   */
  @Override
  public abstract Runnable leakReclaimer();

  /**
   * Ends the current owner's use of a confined block so that another thread can take it over:
   * views stop working, and the result can be attached on any thread. Shared blocks never move.
   */
  public abstract InTransit detach();

  /** A block between two owners. Exactly one of {@link #attach} or {@link #discard} is called. */
  public interface InTransit {
    /** The block, now usable by the calling thread. */
    Memory attach();

    /** Frees the block; nobody received it. */
    void discard();
  }
}
