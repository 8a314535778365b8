package dev.custody.runtime.internal;

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

  /** Zeroed memory for a buffer confined to the calling thread. */
  public static Memory allocateConfined(long byteSize) {
    return UnsafeMemory.allocate(byteSize);
  }

  /** Zeroed memory that any thread may access and release. */
  public static Memory allocateShared(long byteSize) {
    return UnsafeMemory.allocate(byteSize);
  }
}
