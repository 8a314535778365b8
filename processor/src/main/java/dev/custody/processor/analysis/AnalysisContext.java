package dev.custody.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.model.OwnershipModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<Element, TreePath> declarations = new HashMap<>();

  AnalysisContext(
      Trees trees, Types types, OwnershipModel model, Findings findings, CompilationUnitTree unit) {
    this.trees = trees;
    this.types = types;
    this.model = model;
    this.findings = findings;
    this.unit = unit;
    this.runtimeException = model.runtimeExceptionType();
    this.error = model.errorType();
  }

  /**
   * The declaration of {@code element} in this compilation unit, or {@code null}. Fields are
   * {@linkplain #rememberDeclaration remembered} as their class is checked; anything else is looked
   * up once (each lookup searches the unit's tree).
   */
  TreePath declarationOf(Element element) {
    return declarations.computeIfAbsent(element, trees::getPath);
  }

  /** Remembers the declaration at {@code path} for {@link #declarationOf}. */
  void rememberDeclaration(TreePath path) {
    Element element = trees.getElement(path);
    if (element != null) {
      declarations.put(element, path);
    }
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
