package dev.custody.runtime.internal;

import java.lang.foreign.Arena;

/**
 * Where native memory comes from on this JDK. This is the JDK 22+ version: every block is a segment
 * of its own {@link Arena}, so the JDK itself also refuses access after close, from a foreign thread,
 * or through a view of a closed block. It calls no restricted method and no {@code Unsafe}, so JDK
 * 24+ prints no warnings.
 */
public final class Backend {

  private Backend() {}

  /** Shown in diagnostics and benchmark reports. */
  public static String name() {
    return "foreign";
  }

  /**
   * Closing a shared arena synchronises with every thread and makes an access in progress fail
   * with {@code IllegalStateException}, so shared buffers need no pinning of their own.
   */
  public static boolean sharedAccessNeedsPinning() {
    return false;
  }

  /**
   * Whether {@code thread} is a virtual thread. Per-thread caches are kept off virtual threads,
   * which come and go by the million.
   */
  public static boolean isVirtual(Thread thread) {
    return thread.isVirtual();
  }

  /** Zeroed memory for a buffer confined to the calling thread. */
  public static Memory allocateConfined(long byteSize) {
    return SegmentMemory.allocate(Arena.ofConfined(), byteSize, false);
  }

  /**
   * Zeroed memory that any thread may access and release. Closing a shared arena makes the JVM
   * synchronise with every thread (tens of microseconds), so shared buffers suit long lives.
   */
  public static Memory allocateShared(long byteSize) {
    return SegmentMemory.allocate(Arena.ofShared(), byteSize, true);
  }
}
