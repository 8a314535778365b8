package dev.custody.processor.analysis;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.diagnostics.Reporter;
import dev.custody.processor.model.Ownership;
import dev.custody.processor.model.OwnershipModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
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
  private final OwnershipModel model;
  private int longestFixpoint;

  public OwnershipChecker(Trees trees, Elements elements, Types types) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.model = new OwnershipModel(elements, types);
  }

  /**
   * The most passes any one loop needed to reach its fixpoint in the bodies checked so far (1: the
   * loop changes nothing outside itself). Read by tests and benchmarks: it must stay a small
   * constant whatever the input.
   */
  public int longestFixpoint() {
    return longestFixpoint;
  }

  /**
   * Checks the top-level class at {@code classPath}. A failure inside one method is reported through
   * {@link Reporter#internalError} and the remaining methods are still checked. Nothing is reported
   * if {@code rejected} says javac rejected the class; it is asked only when there is something to
   * report.
   */
  public void check(TreePath classPath, Reporter reporter, BooleanSupplier rejected) {
    CompilationUnitTree unit = classPath.getCompilationUnit();
    Findings findings = new Findings(reporter, trees.getSourcePositions(), unit);
    AnalysisContext ctx = new AnalysisContext(trees, types, model, findings, unit);
    findings.vetted(rejected, () -> checkClass(ctx, classPath, Collections.emptyList()));
  }

  private void checkClass(AnalysisContext ctx, TreePath classPath, List<Element> captured) {
    guarded(ctx, classPath, () -> ctx.declarations.checkClass(classPath));
    ClassTree tree = (ClassTree) classPath.getLeaf();
    Element classElement = trees.getElement(classPath);
    if (!(classElement instanceof TypeElement)) {
      return;
    }
    TypeElement type = (TypeElement) classElement;
    ctx.rememberFieldsOf(classPath);
    for (Tree member : tree.getMembers()) {
      TreePath path = new TreePath(classPath, member);
      if (member instanceof ClassTree) {
        checkClass(ctx, path, captured);
        continue;
      }
      // Written out rather than through guarded(): this runs for every member of every class.
      try {
        checkMember(ctx, path, member, type, captured);
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        internalError(ctx, path, e);
      }
    }
  }

  /** A method, an initializer block or a field's initializer: each a body of its own. */
  private void checkMember(
      AnalysisContext ctx,
      TreePath path,
      Tree member,
      TypeElement type,
      List<Element> captured) {
    if (member instanceof MethodTree) {
      if (((MethodTree) member).getBody() != null) {
        analyzeMethod(ctx, path, type, captured);
      }
    } else if (member instanceof BlockTree) {
      analyzeInitializer(ctx, path, null, captured);
    } else if (member instanceof VariableTree && ((VariableTree) member).getInitializer() != null) {
      Element field = trees.getElement(path);
      if (field != null) {
        TreePath initializer = new TreePath(path, ((VariableTree) member).getInitializer());
        analyzeInitializer(ctx, initializer, field, captured);
      }
    }
  }

  private void guarded(AnalysisContext ctx, TreePath path, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      internalError(ctx, path, e);
    }
  }

  private void internalError(AnalysisContext ctx, TreePath path, Throwable failure) {
    ctx.findings.reporter().internalError(path, describe(path), failure);
  }

  private String describe(TreePath path) {
    Element e = trees.getElement(path);
    if (e == null) {
      return "a body";
    }
    Element owner = e.getEnclosingElement();
    return (owner == null ? "" : owner.getSimpleName() + ".") + e.getSimpleName();
  }

  private void analyzeMethod(
      AnalysisContext ctx,
      TreePath path,
      TypeElement type,
      List<Element> captured) {
    Element element = trees.getElement(path);
    if (!(element instanceof ExecutableElement)) {
      return;
    }
    ExecutableElement method = (ExecutableElement) element;
    boolean constructor = method.getKind() == ElementKind.CONSTRUCTOR;
    // A default constructor is the only method javac adds to a class's tree with a body.
    if (constructor && elements.getOrigin(method) != Elements.Origin.EXPLICIT) {
      return;
    }
    MethodTree tree = (MethodTree) path.getLeaf();
    // A compact canonical constructor's parameters are copied from the record header, before it.
    boolean compact =
        constructor
            && type.getKind() == ElementKind.RECORD
            && !tree.getParameters().isEmpty()
            && trees.getSourcePositions().getStartPosition(ctx.unit, tree.getParameters().get(0))
                < trees.getSourcePositions().getStartPosition(ctx.unit, tree);
    List<VariableElement> ownedFields = compact ? List.of() : model.ownedFields(type);
    boolean trackedType = model.isTracked(type);
    // Asked only when it matters: javac makes a new set of modifiers on every call.
    boolean isStatic =
        (!ownedFields.isEmpty() || trackedType) && method.getModifiers().contains(Modifier.STATIC);
    List<VariableElement> fields = isStatic ? List.of() : ownedFields;
    boolean mayConsumeSelf = !isStatic && !constructor && trackedType;
    TreePath body = new TreePath(path, tree.getBody());
    // Owned fields or captured values decide at once; the prescan comes before what costs more to
    // ask of the method (a consumed receiver, parameters that take ownership).
    boolean flow =
        !fields.isEmpty()
            || !captured.isEmpty()
            || BodyPrescan.isRelevant(trees, model, body)
            || (mayConsumeSelf && model.consumesReceiver(method))
            || takesOwnershipParameter(method, compact);
    if (flow) {
      analyze(ctx, methodFrame(path, body, method, type, fields, captured, compact, mayConsumeSelf));
    }
  }

  /**
   * What a method does with its {@code index}-th argument. Nothing for a compact canonical
   * constructor (it hands its parameters to the fields when it completes), nor for the array of an
   * {@code @Owned} varargs parameter (it is not followed inside the callee).
   */
  private Ownership parameterOwnership(ExecutableElement method, boolean compact, int index) {
    boolean array = method.getParameters().get(index).asType().getKind() == TypeKind.ARRAY;
    return compact || array ? Ownership.NONE : model.parameterOf(method, index);
  }

  private boolean takesOwnershipParameter(ExecutableElement method, boolean compact) {
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (parameterOwnership(method, compact, i) != Ownership.NONE) {
        return true;
      }
    }
    return false;
  }

  private MethodFrame methodFrame(
      TreePath path,
      TreePath body,
      ExecutableElement method,
      TypeElement type,
      List<VariableElement> fields,
      List<Element> captured,
      boolean compact,
      boolean mayConsumeSelf) {
    MethodTree tree = (MethodTree) path.getLeaf();
    boolean constructor = method.getKind() == ElementKind.CONSTRUCTOR;
    MethodFrame.Kind kind;
    if (constructor) {
      kind = MethodFrame.Kind.CONSTRUCTOR;
    } else if (method.getModifiers().contains(Modifier.STATIC)) {
      kind = MethodFrame.Kind.OTHER;
    } else if (!fields.isEmpty() && method.equals(model.dropMethod(type))) {
      kind = MethodFrame.Kind.CLOSE;
    } else {
      kind = MethodFrame.Kind.INSTANCE;
    }
    List<Ownership> ownership = new ArrayList<>();
    List<TreePath> declarationsOfParameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      ownership.add(parameterOwnership(method, compact, i));
      declarationsOfParameters.add(
          i < tree.getParameters().size() ? new TreePath(path, tree.getParameters().get(i)) : path);
    }
    return new MethodFrame(
        kind,
        body,
        constructor ? Ownership.NONE : model.resultOf(method),
        fields.isEmpty() ? null : type,
        fields,
        captured,
        method.getParameters(),
        ownership,
        declarationsOfParameters,
        false,
        kind == MethodFrame.Kind.CLOSE ? NonNullFields.of(trees, model, path.getParentPath(), fields) : Set.of(),
        mayConsumeSelf && model.consumesReceiver(method));
  }

  /**
   * An initializer block ({@code field} null) or a field's initializer: no parameters and no fields
   * of its own, so only captured values make it matter when the prescan finds nothing. A field's
   * initializer hands its value over to the field.
   */
  private void analyzeInitializer(
      AnalysisContext ctx, TreePath body, Element field, List<Element> captured) {
    if (captured.isEmpty() && !BodyPrescan.isRelevant(trees, model, body)) {
      return;
    }
    Ownership result =
        field != null && (model.isTracked(field.asType()) || model.isOwnedDeclaration(field))
            ? Ownership.OWNED
            : Ownership.NONE;
    analyze(
        ctx,
        new MethodFrame(
            MethodFrame.Kind.OTHER, body, result, null, List.of(), captured, List.of(), List.of(),
            List.of(), field != null, Set.of(), false));
  }

  /**
   * Runs the flow analysis over one body that touches something Custody follows, then over every
   * lambda and local class body found in it. The body's annotated locals are checked as the
   * analysis reaches their declarations.
   */
  private void analyze(AnalysisContext ctx, MethodFrame frame) {
    TreePath body = frame.body;
    // javac's errors come first: nothing is reported from a body it rejected.
    ctx.findings.vetted(
        () -> BodyPrescan.isRejected(trees, body),
        () -> {
          try {
            flow(ctx, frame);
          } catch (RuntimeException | StackOverflowError | AssertionError failure) {
            ctx.pending.clear(); // what a failed analysis found nested in its body is not analysed
            throw failure;
          }
          while (!ctx.pending.isEmpty()) {
            AnalysisContext.NestedBody nested = ctx.pending.poll();
            guarded(ctx, nested.path, () -> analyzeNested(ctx, nested));
          }
        });
  }

  private void analyzeNested(AnalysisContext ctx, AnalysisContext.NestedBody nested) {
    Tree leaf = nested.path.getLeaf();
    if (leaf instanceof LambdaExpressionTree) {
      analyzeLambda(ctx, nested, (LambdaExpressionTree) leaf);
      return;
    }
    if (leaf instanceof ClassTree) {
      // A local or anonymous class: its members are bodies of their own, with captures borrowed.
      checkClass(ctx, nested.path, nested.captured);
    }
  }

  private void analyzeLambda(
      AnalysisContext ctx, AnalysisContext.NestedBody nested, LambdaExpressionTree lambda) {
    ExecutableElement functional = null;
    ExecutableType signature = null;
    TypeMirror target = trees.getTypeMirror(nested.path);
    if (target instanceof DeclaredType) {
      functional = model.functionalMethod(target);
      if (functional != null) {
        TypeMirror member = types.asMemberOf((DeclaredType) target, functional);
        if (member instanceof ExecutableType) {
          signature = (ExecutableType) member;
        }
      }
    }
    Ownership result = Ownership.NONE;
    if (functional != null) {
      result = model.resultOf(functional);
      if (result == Ownership.NONE && signature != null && model.isTracked(signature.getReturnType())) {
        result = Ownership.OWNED;
      }
    }
    List<VariableElement> parameters = new ArrayList<>();
    List<Ownership> ownership = new ArrayList<>();
    List<TreePath> declarations = new ArrayList<>();
    for (int i = 0; i < lambda.getParameters().size(); i++) {
      TreePath p = new TreePath(nested.path, lambda.getParameters().get(i));
      Element e = trees.getElement(p);
      if (!(e instanceof VariableElement)) {
        continue;
      }
      parameters.add((VariableElement) e);
      Ownership o = model.parameter((VariableElement) e);
      if (o != Ownership.OWNED && functional != null && i < functional.getParameters().size()
          && model.isMarkedOwned(functional.getParameters().get(i))) {
        o = Ownership.OWNED;
      }
      ownership.add(o);
      declarations.add(p);
    }
    MethodFrame frame =
        new MethodFrame(
            MethodFrame.Kind.OTHER,
            new TreePath(nested.path, lambda.getBody()),
            result,
            null,
            List.of(),
            nested.captured,
            parameters,
            ownership,
            declarations,
            false,
            Set.of(),
            false);
    flow(ctx, frame);
  }

  private void flow(AnalysisContext ctx, MethodFrame frame) {
    FlowAnalyzer analyzer = new FlowAnalyzer(ctx, frame);
    analyzer.analyze();
    longestFixpoint = Math.max(longestFixpoint, analyzer.longestFixpoint());
  }
}
