package dev.custody.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import dev.custody.processor.diagnostics.DiagnosticKind;
import dev.custody.processor.diagnostics.Reporter;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The analysis' side of reporting: line numbers for messages and de-duplication. A loop body or a
 * {@code finally} block is analysed more than once; every finding is monotone in the flow state, so
 * each (kind, position) pair is reported the first time it is found and never again.
 */
final class Findings {
  private final Reporter reporter;
  private final SourcePositions positions;
  private final CompilationUnitTree unit;
  private final Set<String> reported = new HashSet<>();

  Findings(Reporter reporter, SourcePositions positions, CompilationUnitTree unit) {
    this.reporter = reporter;
    this.positions = positions;
    this.unit = unit;
  }

  Reporter reporter() {
    return reporter;
  }

  void report(DiagnosticKind kind, TreePath at, Element subject, String message) {
    if (at == null) {
      return;
    }
    String key = kind.id() + '@' + start(at.getLeaf()) + '/' + System.identityHashCode(at.getLeaf());
    if (reported.add(key)) {
      reporter.report(kind, at, subject, message);
    }
  }

  void note(DiagnosticKind kind, TreePath at, Element subject, String message) {
    if (at == null) {
      return;
    }
    String key = "note:" + kind.id() + '@' + start(at.getLeaf()) + ':' + message;
    if (reported.add(key)) {
      reporter.note(kind, at, subject, message);
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
