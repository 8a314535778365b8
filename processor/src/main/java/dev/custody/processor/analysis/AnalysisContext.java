package dev.custody.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.model.OwnershipModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Everything one compilation unit's analysis shares: javac's trees, the model, the findings. */
final class AnalysisContext {
  final Trees trees;
  final Types types;
  final OwnershipModel model;
  final Findings findings;
  final CompilationUnitTree unit;
  final TypeMirror runtimeException;
  final TypeMirror error;
  /** Lambda and local-class bodies found while analysing a body: analysed after it, on their own. */
  final Deque<NestedBody> pending = new ArrayDeque<>();

  AnalysisContext(
      Trees trees, Types types, OwnershipModel model, Findings findings, CompilationUnitTree unit) {
    this.trees = trees;
    this.types = types;
    this.model = model;
    this.findings = findings;
    this.unit = unit;
    this.runtimeException =
        model.elements().getTypeElement("java.lang.RuntimeException").asType();
    this.error = model.elements().getTypeElement("java.lang.Error").asType();
  }

  /** A body nested in another: a lambda, or a member of a local or anonymous class. */
  static final class NestedBody {
    final TreePath path;
    final List<Element> captured;

    NestedBody(TreePath path, List<Element> captured) {
      this.path = path;
      this.captured = captured;
    }
  }
}
