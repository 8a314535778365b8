package dev.custody.runtime.internal;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Unsafe;

/**
 * Memory from {@code Unsafe.allocateMemory}: a plain address, no protection of its own.
 *
 * <p><b>Views.</b> A {@code ByteBuffer} over raw malloc memory would read freed memory after {@code
 * close()}. So the first {@link #view} request moves the contents into a {@code
 * ByteBuffer.allocateDirect} block that from then on backs this memory. Release and detach then
 * <em>disown</em> that block instead of freeing it: every view handed out gets limit 0 (so it throws
 * on use), and the block itself is freed by the JDK only once the last view, and every slice a
 * caller derived from one, is garbage. A view can therefore fail or, if its limit is reset by hand,
 * see memory nobody else uses, but it can never reach freed or reused memory.
 */
final class UnsafeMemory extends Memory {

  private static final Unsafe UNSAFE = loadUnsafe();
  private static final long BYTE_ARRAY_BASE = UNSAFE.arrayBaseOffset(byte[].class);
  private static final long LONG_ARRAY_BASE = UNSAFE.arrayBaseOffset(long[].class);
  /** Copies between native and heap memory go in chunks so a huge copy does not delay safepoints. */
  private static final long COPY_CHUNK = 1L << 20;
  private static final long BUFFER_ADDRESS_OFFSET = bufferAddressOffset();

  private final long byteSize;
  private long address;
  /** The direct buffer that owns the memory once a view was requested; null before. */
  private ByteBuffer viewStore;
  private List<WeakReference<ByteBuffer>> views;

  private UnsafeMemory(long address, long byteSize) {
    this.address = address;
    this.byteSize = byteSize;
  }

  static UnsafeMemory allocate(long byteSize) {
    long address = allocateZeroed(byteSize);
    return new UnsafeMemory(address, byteSize);
  }

  private static long allocateZeroed(long byteSize) {
    if (byteSize == 0) {
      return 0;
    }
    long address;
    try {
      address = UNSAFE.allocateMemory(byteSize);
    } catch (OutOfMemoryError e) {
      OutOfMemoryError refusal =
          new OutOfMemoryError("the system refused " + byteSize + " bytes of native memory");
      refusal.initCause(e);
      throw refusal;
    }
    UNSAFE.setMemory(address, byteSize, (byte) 0);
    return address;
  }

  @Override
  public long byteSize() {
    return byteSize;
  }

  @Override
  public byte getByte(long offset) {
    return UNSAFE.getByte(address + offset);
  }

  @Override
  public void putByte(long offset, byte value) {
    UNSAFE.putByte(address + offset, value);
  }

  @Override
  public short getShort(long offset) {
    return UNSAFE.getShort(address + offset);
  }

  @Override
  public void putShort(long offset, short value) {
    UNSAFE.putShort(address + offset, value);
  }

  @Override
  public int getInt(long offset) {
    return UNSAFE.getInt(address + offset);
  }

  @Override
  public void putInt(long offset, int value) {
    UNSAFE.putInt(address + offset, value);
  }

  @Override
  public long getLong(long offset) {
    return UNSAFE.getLong(address + offset);
  }

  @Override
  public void putLong(long offset, long value) {
    UNSAFE.putLong(address + offset, value);
  }

  @Override
  public float getFloat(long offset) {
    return UNSAFE.getFloat(address + offset);
  }

  @Override
  public void putFloat(long offset, float value) {
    UNSAFE.putFloat(address + offset, value);
  }

  @Override
  public double getDouble(long offset) {
    return UNSAFE.getDouble(address + offset);
  }

  @Override
  public void putDouble(long offset, double value) {
    UNSAFE.putDouble(address + offset, value);
  }

  @Override
  public void copyToArray(long offset, byte[] target, int index, int length) {
    copyChunked(null, address + offset, target, BYTE_ARRAY_BASE + index, length);
  }

  @Override
  public void copyFromArray(byte[] source, int index, int length, long offset) {
    copyChunked(source, BYTE_ARRAY_BASE + index, null, address + offset, length);
  }

  @Override
  public void copyToArray(long offset, long[] target, int index, int length) {
    copyChunked(
        null, address + offset, target, LONG_ARRAY_BASE + (long) index * Long.BYTES,
        (long) length * Long.BYTES);
  }

  @Override
  public void copyFromArray(long[] source, int index, int length, long offset) {
    copyChunked(
        source, LONG_ARRAY_BASE + (long) index * Long.BYTES, null, address + offset,
        (long) length * Long.BYTES);
  }

  private static void copyChunked(
      Object sourceBase, long sourceOffset, Object targetBase, long targetOffset, long length) {
    while (length > 0) {
      long chunk = Math.min(length, COPY_CHUNK);
      UNSAFE.copyMemory(sourceBase, sourceOffset, targetBase, targetOffset, chunk);
      sourceOffset += chunk;
      targetOffset += chunk;
      length -= chunk;
    }
  }

  @Override
  public void fill(long offset, long length, byte value) {
    UNSAFE.setMemory(address + offset, length, value);
  }

  @Override
  public void copyTo(long offset, Memory target, long targetOffset, long length) {
    // Unsafe.copyMemory copies overlapping native ranges correctly (memmove semantics).
    UNSAFE.copyMemory(address + offset, ((UnsafeMemory) target).address + targetOffset, length);
  }

  @Override
  public ByteBuffer view(long offset, int length) {
    if (viewStore == null) {
      moveIntoViewStore();
    }
    ByteBuffer view =
        viewStore.duplicate().position((int) offset).limit((int) offset + length).slice()
            .order(ByteOrder.nativeOrder());
    if (views == null) {
      views = new ArrayList<>();
    }
    pruneClearedViews();
    views.add(new WeakReference<>(view));
    return view;
  }

  private void moveIntoViewStore() {
    if (BUFFER_ADDRESS_OFFSET < 0) {
      throw new UnsupportedOperationException(
          "ByteBuffer views need JDK 22+ or a JDK whose direct buffers expose their address");
    }
    if (byteSize > Integer.MAX_VALUE) {
      throw new UnsupportedOperationException(
          "on JDK 17-21, ByteBuffer views are limited to blocks of at most 2 GiB; this one has "
              + byteSize + " bytes");
    }
    ByteBuffer store = ByteBuffer.allocateDirect((int) byteSize);
    long storeAddress = UNSAFE.getLong(store, BUFFER_ADDRESS_OFFSET);
    if (byteSize > 0) {
      UNSAFE.copyMemory(address, storeAddress, byteSize);
      UNSAFE.freeMemory(address);
    }
    address = storeAddress;
    viewStore = store;
  }

  private void pruneClearedViews() {
    if (views.size() >= 16 && Integer.bitCount(views.size()) == 1) {
      views.removeIf(reference -> reference.get() == null);
    }
  }

  @Override
  public boolean isReusableBy(Thread thread) {
    return viewStore == null;
  }

  @Override
  public void release() {
    if (viewStore != null) {
      disownViewStore();
    } else if (address != 0) {
      UNSAFE.freeMemory(address);
    }
    address = 0;
  }

  /** Leaves the view store to the garbage collector, after making every view handed out fail. */
  private void disownViewStore() {
    for (WeakReference<ByteBuffer> reference : views) {
      ByteBuffer view = reference.get();
      if (view != null) {
        view.limit(0);
      }
    }
    views = null;
    viewStore = null;
  }

  @Override
  public Runnable leakReclaimer() {
    // Unreachable handle: nobody can access the memory any more, so freeing from the Cleaner
    // thread is safe. Views, if any, keep the view store alive on their own.
    return this::release;
  }

  @Override
  public InTransit detach() {
    if (viewStore != null) {
      // The old owner may still hold views (and slices of them) over the view store: give the
      // new owner a private copy so that those stale views cannot alias its memory.
      long copy = allocateZeroed(byteSize);
      if (byteSize > 0) {
        UNSAFE.copyMemory(address, copy, byteSize);
      }
      disownViewStore();
      address = copy;
    }
    UnsafeMemory moved = new UnsafeMemory(address, byteSize);
    address = 0;
    return new InTransit() {
      @Override
      public Memory attach() {
        return moved;
      }

      @Override
      public void discard() {
        moved.release();
      }
    };
  }

  private static Unsafe loadUnsafe() {
    try {
      Field field = Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return (Unsafe) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Offset of {@code java.nio.Buffer.address}, or -1 if this JDK has no such field. */
  private static long bufferAddressOffset() {
    try {
      return UNSAFE.objectFieldOffset(Buffer.class.getDeclaredField("address"));
    } catch (NoSuchFieldException | RuntimeException e) {
      return -1;
    }
  }
}
