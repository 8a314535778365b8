package dev.custody.runtime.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Where native memory comes from on this JDK. This is the JDK 17–21 version: memory from {@code
 * sun.misc.Unsafe}, guarded entirely by {@code OffHeapBuffer}'s checks. The multi-release jar
 * replaces this class on JDK 22+ with one backed by {@code java.lang.foreign}.
 *
 * <p>Properties are methods, not constants: a constant would be inlined into the base classes that
 * read it, and the JDK 22+ version of this class could not change it.
 */
public final class Backend {

  private Backend() {}

  /** Shown in diagnostics and benchmark reports. */
  public static String name() {
    return "unsafe";
  }

  /**
   * Whether a shared buffer must be pinned around every access so that a concurrent {@code close()}
   * cannot free memory another thread is reading. Raw memory has no such protection of its own.
   */
  public static boolean sharedAccessNeedsPinning() {
    return true;
  }

  /**
   * Whether {@code thread} is a virtual thread (JDK 21). Per-thread caches are kept off virtual
   * threads, which come and go by the million.
   */
  public static boolean isVirtual(Thread thread) {
    if (IS_VIRTUAL == null) {
      return false;
    }
    try {
      return (boolean) IS_VIRTUAL.invokeExact(thread);
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /** {@code Thread.isVirtual()} where it exists (JDK 21), else null; this class is for 17–21. */
  private static final MethodHandle IS_VIRTUAL = findIsVirtual();

  private static MethodHandle findIsVirtual() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /** Zeroed memory for a buffer confined to the calling thread. */
  public static Memory allocateConfined(long byteSize) {
    return UnsafeMemory.allocate(byteSize);
  }

  /** Zeroed memory that any thread may access and release. */
  public static Memory allocateShared(long byteSize) {
    return UnsafeMemory.allocate(byteSize);
  }
}
