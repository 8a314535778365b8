package dev.custody.compilebench.floor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;

/**
 * The floor under any checker that looks at every method body (docs/PERFORMANCE.md, "floor"): on
 * each ANALYZE event it walks the class's tree and does nothing else. Registered under Custody's
 * plug-in name, so the benchmark's plug-in configurations measure it in Custody's place.
 */
public class WalkPlugin implements Plugin {
  @Override
  public String getName() {
    return "Custody";
  }

  /**
   * Whether to ask javac the type of every identifier, member select, call, {@code new} and
   * variable: the kinds of node Custody's prescan asks about (a few more of them than it does).
   */
  boolean asksTypes() {
    return false;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Trees trees = Trees.instance(task);
    task.addTaskListener(
        new TaskListener() {
          @Override
          public void finished(TaskEvent e) {
            if (e.getKind() == TaskEvent.Kind.ANALYZE && e.getTypeElement() != null) {
              CompilationUnitTree unit = e.getCompilationUnit();
              for (Tree declaration : unit.getTypeDecls()) {
                TreePath path = new TreePath(new TreePath(unit), declaration);
                if (declaration instanceof ClassTree && e.getTypeElement().equals(trees.getElement(path))) {
                  new Walker(trees, path, asksTypes()).scan(declaration, null);
                }
              }
            }
          }
        });
  }

  private static final class Walker extends TreeScanner<Void, Void> {
    private final Trees trees;
    private final TreePath root;
    private final boolean asksTypes;
    int typed;

    Walker(Trees trees, TreePath root, boolean asksTypes) {
      this.trees = trees;
      this.root = root;
      this.asksTypes = asksTypes;
    }

    private void type(Tree tree) {
      if (asksTypes && trees.getTypeMirror(new TreePath(root, tree)) != null) {
        typed++;
      }
    }

    @Override
    public Void visitIdentifier(IdentifierTree node, Void unused) {
      type(node);
      return null;
    }

    @Override
    public Void visitMemberSelect(MemberSelectTree node, Void unused) {
      type(node);
      return super.visitMemberSelect(node, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
      type(node);
      return super.visitMethodInvocation(node, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Void unused) {
      type(node);
      return super.visitNewClass(node, unused);
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      type(node);
      return super.visitVariable(node, unused);
    }
  }
}
