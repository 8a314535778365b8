package dev.custody.processor.javac;

import com.sun.source.util.JavacTask;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Makes sure one compilation is checked once, however many times the processor is instantiated
 * for it (listed twice on a processor path, or re-created by a tool). Weak keys: a finished task is
 * forgotten with it.
 */
final class CompilationSessions {
  private static final Map<JavacTask, Boolean> CLAIMED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private CompilationSessions() {}

  /** True exactly once per task: the caller installs the checker. */
  static boolean claim(JavacTask task) {
    return CLAIMED.putIfAbsent(task, Boolean.TRUE) == null;
  }
}
