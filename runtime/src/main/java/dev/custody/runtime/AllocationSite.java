package dev.custody.runtime;

import java.util.Optional;

/** Finds the frame of the program (not this runtime) that allocated or closed an owner. */
final class AllocationSite {

  private static final StackWalker WALKER = StackWalker.getInstance();
  private static final String INTERNAL_PACKAGE = "dev.custody.runtime.internal.";
  private static final String[] RUNTIME_CLASSES = {
    OffHeapBuffer.class.getName(),
    BufferScope.class.getName(),
    BufferTransfer.class.getName(),
    LeakTracker.class.getName(),
    AllocationSite.class.getName()
  };

  private AllocationSite() {}

  /** {@code class.method(File.java:line)} of the first caller outside the runtime. */
  static String ofCaller() {
    Optional<StackWalker.StackFrame> frame =
        WALKER.walk(frames -> frames.filter(f -> !isRuntime(f.getClassName())).findFirst());
    return frame.map(AllocationSite::format).orElse("<unknown>");
  }

  private static boolean isRuntime(String className) {
    if (className.startsWith(INTERNAL_PACKAGE)) {
      return true;
    }
    for (String runtimeClass : RUNTIME_CLASSES) {
      if (className.startsWith(runtimeClass)
          && (className.length() == runtimeClass.length()
              || className.charAt(runtimeClass.length()) == '$')) {
        return true;
      }
    }
    return false;
  }

  private static String format(StackWalker.StackFrame frame) {
    String file = frame.getFileName();
    String location = file == null ? "Unknown Source" : file + ":" + frame.getLineNumber();
    return frame.getClassName() + "." + frame.getMethodName() + "(" + location + ")";
  }
}
