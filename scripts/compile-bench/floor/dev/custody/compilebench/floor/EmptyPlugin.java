package dev.custody.compilebench.floor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;

/**
 * The floor under any plug-in at all (docs/PERFORMANCE.md, "floor"): registered under Custody's
 * name, loaded and initialised by javac like Custody, and then does nothing.
 */
public final class EmptyPlugin implements Plugin {
  @Override
  public String getName() {
    return "Custody";
  }

  @Override
  public void init(JavacTask task, String... args) {}
}
