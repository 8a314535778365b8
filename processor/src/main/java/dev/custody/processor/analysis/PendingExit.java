package dev.custody.processor.analysis;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

/**
 * A jump out of the statement being analysed (javac's {@code Flow.PendingExit}): it travels outwards
 * until the statement it targets consumes it. Every block it leaves checks its owners against the
 * exit's state; every {@code finally} it crosses runs on that state.
 */
final class PendingExit {
  enum Kind {
    BREAK("break"),
    CONTINUE("continue"),
    RETURN("return"),
    YIELD("yield"),
    THROW("throw");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  final Kind kind;
  /** The statement that consumes the exit; null for the method itself. */
  final Tree target;
  /** The jump statement or the call that may throw. */
  final TreePath site;
  FlowState state;

  PendingExit(Kind kind, Tree target, TreePath site, FlowState state) {
    this.kind = kind;
    this.target = target;
    this.site = site;
    this.state = state;
  }
}
