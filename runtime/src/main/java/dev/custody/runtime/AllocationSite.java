package dev.custody.runtime;

import java.util.Set;

/**
 * Finds the frame of the program (not this runtime) that allocated or closed an owner.
 *
 * <p>This runs for every tracked owner, so it is kept cheap: frames are compared by class (no
 * name is resolved while walking), the walk stops at the first foreign frame, and the frame is
 * formatted only when a report or an exception needs the text.
 */
final class AllocationSite {

  /**
   * Runtime frames above the caller (us, the tracker twice, a constructor, the public method) plus
   * the caller: the first batch the walker materialises should hold them all, and no more.
   */
  private static final int EXPECTED_DEPTH = 6;
  private static final StackWalker WALKER =
      StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE), EXPECTED_DEPTH);
  private static final String INTERNAL_PACKAGE = "dev.custody.runtime.internal";
  private static final Set<Class<?>> RUNTIME_CLASSES =
      Set.of(
          OffHeapBuffer.class,
          BufferScope.class,
          BufferTransfer.class,
          LeakTracker.class,
          AllocationSite.class,
          ThreadTally.class);

  private AllocationSite() {}

  /** The first frame outside the runtime, or {@code null} if there is none. */
  static StackWalker.StackFrame ofCaller() {
    return WALKER.walk(
        frames -> frames.filter(frame -> !isRuntime(frame.getDeclaringClass())).findFirst()
            .orElse(null));
  }

  /**
   * Only top-level runtime classes call into the walk (no lambdas or nested classes), so a set
   * lookup per frame suffices.
   */
  private static boolean isRuntime(Class<?> type) {
    return RUNTIME_CLASSES.contains(type) || type.getPackageName().equals(INTERNAL_PACKAGE);
  }

  /** {@code class.method(File.java:line)}. */
  static String format(StackWalker.StackFrame frame) {
    if (frame == null) {
      return "<unknown>";
    }
    String file = frame.getFileName();
    String location = file == null ? "Unknown Source" : file + ":" + frame.getLineNumber();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + location + ")";
  }
}
