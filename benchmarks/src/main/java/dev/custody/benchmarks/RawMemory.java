package dev.custody.benchmarks;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import sun.misc.Unsafe;

/** Unchecked baselines: what the machine costs without any of the runtime's guarantees. */
final class RawMemory {

  static final Unsafe UNSAFE = load();

  private RawMemory() {}

  /** The malloc/free floor: allocate, write and read a long, free. */
  static long mallocWriteReadFree(long size) {
    long address = UNSAFE.allocateMemory(size);
    UNSAFE.putLong(address, size);
    long value = UNSAFE.getLong(address);
    UNSAFE.freeMemory(address);
    return value;
  }

  /** The floor for zeroed memory, which is what OffHeapBuffer.allocate promises. */
  static long callocWriteReadFree(long size) {
    long address = UNSAFE.allocateMemory(size);
    UNSAFE.setMemory(address, size, (byte) 0);
    UNSAFE.putLong(address, size);
    long value = UNSAFE.getLong(address);
    UNSAFE.freeMemory(address);
    return value;
  }

  /** A direct buffer freed at once through its cleaner instead of waiting for the collector. */
  static long directBufferWriteReadFree(int size) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(size);
    buffer.putLong(0, size);
    long value = buffer.getLong(0);
    UNSAFE.invokeCleaner(buffer);
    return value;
  }

  private static Unsafe load() {
    try {
      Field field = Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return (Unsafe) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
