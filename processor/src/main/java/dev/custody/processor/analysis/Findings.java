package dev.custody.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import dev.custody.processor.diagnostics.DiagnosticKind;
import dev.custody.processor.diagnostics.Reporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.lang.model.element.Element;

/**
 * The analysis' side of reporting: line numbers for messages, de-duplication, and holding a body's
 * reports until javac's verdict on the body is known. A loop body or a {@code finally} block is
 * analysed more than once; every finding is monotone in the flow state, so each (kind, position)
 * pair is reported the first time it is found and never again.
 */
final class Findings {
  private final Reporter reporter;
  private final SourcePositions positions;
  private final CompilationUnitTree unit;
  private final Set<String> reported = new HashSet<>();
  /** While a body is analysed: its reports, not yet sent. */
  private List<Consumer<Reporter>> held;
  private final Reporter sink =
      new Reporter() {
        @Override
        public void report(DiagnosticKind kind, TreePath at, Element subject, String message) {
          send(r -> r.report(kind, at, subject, message));
        }

        @Override
        public void note(DiagnosticKind kind, TreePath at, Element subject, String message) {
          send(r -> r.note(kind, at, subject, message));
        }

        @Override
        public void internalError(TreePath at, String what, Throwable failure) {
          send(r -> r.internalError(at, what, failure));
        }
      };

  Findings(Reporter reporter, SourcePositions positions, CompilationUnitTree unit) {
    this.reporter = reporter;
    this.positions = positions;
    this.unit = unit;
  }

  /** Where the checks report; what it receives while a body is {@linkplain #vetted vetted} waits. */
  Reporter reporter() {
    return sink;
  }

  private void send(Consumer<Reporter> report) {
    if (held != null) {
      held.add(report);
    } else {
      report.accept(reporter);
    }
  }

  /**
   * Runs the analysis of one body, or of a whole class (with the bodies in it), and sends what it
   * reported only if {@code rejected} says javac accepted it. javac's verdict costs a pass over the
   * body or the class's signatures, so it is asked only when there is something to send: most
   * bodies have no finding. Vetted work may nest (a class, its bodies, their lambdas): what passes
   * the inner verdict still waits for the outer one. A failure of the analysis on code javac
   * rejected is javac's error, not the checker's, and is dropped with it.
   */
  void vetted(BooleanSupplier rejected, Runnable analysis) {
    List<Consumer<Reporter>> enclosing = held;
    List<Consumer<Reporter>> reports = new ArrayList<>(0);
    held = reports;
    try {
      analysis.run();
    } catch (RuntimeException | StackOverflowError | AssertionError failure) {
      held = enclosing;
      if (rejected.getAsBoolean()) {
        return;
      }
      reports.forEach(this::send);
      throw failure;
    } finally {
      held = enclosing;
    }
    if (!reports.isEmpty() && !rejected.getAsBoolean()) {
      reports.forEach(this::send);
    }
  }

  void report(DiagnosticKind kind, TreePath at, Element subject, String message) {
    if (at == null) {
      return;
    }
    String key = kind.id() + '@' + start(at.getLeaf()) + '/' + System.identityHashCode(at.getLeaf());
    if (reported.add(key)) {
      sink.report(kind, at, subject, message);
    }
  }

  void note(DiagnosticKind kind, TreePath at, Element subject, String message) {
    if (at == null) {
      return;
    }
    String key = "note:" + kind.id() + '@' + start(at.getLeaf()) + ':' + message;
    if (reported.add(key)) {
      sink.note(kind, at, subject, message);
    }
  }

  long start(Tree tree) {
    return positions.getStartPosition(unit, tree);
  }

  long end(Tree tree) {
    return positions.getEndPosition(unit, tree);
  }

  /** The 1-based line of the tree's start, or -1 for synthetic trees. */
  long line(Tree tree) {
    return lineAt(start(tree));
  }

  long line(TreePath path) {
    return path == null ? -1 : line(path.getLeaf());
  }

  /** The line of a tree's last character (the closing brace of a block). */
  long endLine(Tree tree) {
    long end = end(tree);
    return lineAt(end > 0 ? end - 1 : end);
  }

  long lineAt(long position) {
    LineMap lines = unit.getLineMap();
    if (position < 0 || lines == null) {
      return -1;
    }
    return lines.getLineNumber(position);
  }
}
