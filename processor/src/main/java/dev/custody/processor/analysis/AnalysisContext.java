package dev.custody.processor.analysis;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.model.OwnershipModel;
import dev.custody.processor.rules.DeclarationRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Types;

/** Everything one compilation unit's analysis shares: javac's trees, the model, the findings. */
final class AnalysisContext {
  final Trees trees;
  final Types types;
  final OwnershipModel model;
  final Findings findings;
  final CompilationUnitTree unit;
  /** The checks of declarations: classes, fields and signatures, and the locals of bodies. */
  final DeclarationRules declarations;
  /**
   * The flow analysis' rules and exception questions, shared by the unit's bodies; made for the
   * first body that needs the analysis (in most code none does, and their classes never load).
   */
  private Rules.Checks checks;
  private ExceptionTypes exceptionTypes;
  /** Lambda and local-class bodies found while analysing a body: analysed after it, on their own. */
  final Deque<NestedBody> pending = new ArrayDeque<>();
  private final Map<Element, TreePath> declarationPaths = new HashMap<>();
  private final List<TreePath> unindexedClasses = new ArrayList<>();

  AnalysisContext(
      Trees trees, Types types, OwnershipModel model, Findings findings, CompilationUnitTree unit) {
    this.trees = trees;
    this.types = types;
    this.model = model;
    this.findings = findings;
    this.unit = unit;
    this.declarations = new DeclarationRules(trees, model, findings.reporter());
  }

  Rules.Checks checks() {
    if (checks == null) {
      checks = new Rules.Checks(findings);
    }
    return checks;
  }

  ExceptionTypes exceptionTypes() {
    if (exceptionTypes == null) {
      exceptionTypes = new ExceptionTypes(trees, types, model);
    }
    return exceptionTypes;
  }

  /**
   * The declaration of {@code element} in this compilation unit, or {@code null}. Fields are found
   * among the members of the classes {@linkplain #rememberFieldsOf remembered} as they are checked;
   * anything else is looked up once (each lookup searches the unit's tree).
   */
  TreePath declarationOf(Element element) {
    TreePath known = declarationPaths.get(element);
    if (known == null && !unindexedClasses.isEmpty()) {
      indexFields();
      known = declarationPaths.get(element);
    }
    return known != null ? known : declarationPaths.computeIfAbsent(element, trees::getPath);
  }

  /**
   * Remembers the class at {@code classPath}, whose fields {@link #declarationOf} may be asked for.
   * They are indexed at the first lookup: most classes never need one.
   */
  void rememberFieldsOf(TreePath classPath) {
    unindexedClasses.add(classPath);
  }

  private void indexFields() {
    for (TreePath classPath : unindexedClasses) {
      for (Tree member : ((ClassTree) classPath.getLeaf()).getMembers()) {
        if (member instanceof VariableTree) {
          TreePath path = new TreePath(classPath, member);
          Element field = trees.getElement(path);
          if (field != null) {
            declarationPaths.put(field, path);
          }
        }
      }
    }
    unindexedClasses.clear();
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
