package dev.custody.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/**
 * Turns tree paths into places a diagnostic can safely be attached to. Synthetic trees (a default
 * constructor, an implicit {@code super()} call, ...) have no source position, and asking a
 * {@link LineMap} about position -1 throws; such trees are replaced by the nearest enclosing tree
 * that has a position.
 */
final class SourceLocator {
  private final Trees trees;
  private final SourcePositions positions;

  SourceLocator(Trees trees) {
    this.trees = trees;
    this.positions = trees.getSourcePositions();
  }

  /** {@code path} itself if its leaf has a position, else its nearest positioned ancestor. */
  TreePath positioned(TreePath path) {
    for (TreePath candidate = path; candidate != null; candidate = candidate.getParentPath()) {
      if (startOf(candidate) != Diagnostic.NOPOS) {
        return candidate;
      }
    }
    return null;
  }

  long startOf(TreePath path) {
    try {
      return positions.getStartPosition(path.getCompilationUnit(), path.getLeaf());
    } catch (RuntimeException noPosition) {
      return Diagnostic.NOPOS;
    }
  }

  /** The file, line and column of a positioned path, for the SARIF report. */
  SarifReport.Location locate(TreePath path) {
    CompilationUnitTree unit = path == null ? null : path.getCompilationUnit();
    if (unit == null || unit.getSourceFile() == null) {
      return null;
    }
    long start = startOf(path);
    LineMap lines = unit.getLineMap();
    if (start == Diagnostic.NOPOS || lines == null) {
      return new SarifReport.Location(unit.getSourceFile().toUri(), -1, -1);
    }
    return new SarifReport.Location(
        unit.getSourceFile().toUri(), lines.getLineNumber(start), lines.getColumnNumber(start));
  }

  Trees trees() {
    return trees;
  }
}
