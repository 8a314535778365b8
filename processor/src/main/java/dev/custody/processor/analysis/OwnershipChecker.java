package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.diagnostics.Reporter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The checker's entry point: analyses every method, constructor, initializer and lambda body of one
 * attributed top-level class. Called once per class on javac's ANALYZE-finished event.
 */
public final class OwnershipChecker {
  private final Trees trees;
  private final Elements elements;
  private final Types types;

  public OwnershipChecker(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
  }

  /**
   * Checks the top-level class at {@code classPath}. A failure inside one method is reported through
   * {@link Reporter#internalError} and the remaining methods are still checked.
   */
  public void check(TreePath classPath, Reporter reporter) {
    // The analysis engine is filled in by the checker-core work.
  }
}
