package dev.custody.processor.rules;

import static dev.custody.processor.diagnostics.DiagnosticKind.FIELD_NOT_DROPPED;
import static dev.custody.processor.diagnostics.DiagnosticKind.INVALID_ANNOTATION;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.diagnostics.Reporter;
import dev.custody.processor.model.KnownNames;
import dev.custody.processor.model.Ownership;
import dev.custody.processor.model.OwnershipModel;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The rules about declarations rather than flow: ownership annotations must mean something
 * ({@code invalid-annotation}), and a class that owns fields must be able to drop them
 * ({@code field-not-dropped} when it is not {@code AutoCloseable} or declares no {@code close()}).
 */
public final class DeclarationRules {
  private final Trees trees;
  private final OwnershipModel model;
  private final Reporter reporter;

  public DeclarationRules(Trees trees, OwnershipModel model, Reporter reporter) {
    this.trees = trees;
    this.model = model;
    this.reporter = reporter;
  }

  /**
   * Whether any annotation among {@code modifiers} can be one of Custody's, judged from how it is
   * written (its last identifier): a cheap test before asking javac what the annotations are.
   * Custody's annotations are declaration annotations, so they can only appear there.
   */
  public static boolean mayCarryOwnershipAnnotation(ModifiersTree modifiers, KnownNames names) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Tree type = annotation.getAnnotationType();
      Name last =
          type instanceof IdentifierTree
              ? ((IdentifierTree) type).getName()
              : type instanceof MemberSelectTree ? ((MemberSelectTree) type).getIdentifier() : null;
      if (last == null || names.canNameOwnershipAnnotation(last)) {
        return true; // not a plain name: javac's answer decides
      }
    }
    return false;
  }

  /** Checks the class at {@code path} itself, its fields, and its methods' signatures. */
  public void checkClass(TreePath path) {
    Element element = trees.getElement(path);
    if (!(element instanceof TypeElement)) {
      return;
    }
    TypeElement type = (TypeElement) element;
    ClassTree tree = (ClassTree) path.getLeaf();
    checkTypeAnnotation(path, tree.getModifiers(), type);
    for (Tree member : tree.getMembers()) {
      if (member instanceof VariableTree) {
        if (mayCarryOwnershipAnnotation(((VariableTree) member).getModifiers(), model.names())) {
          checkVariable(new TreePath(path, member));
        }
      } else if (member instanceof MethodTree) {
        checkMethod(new TreePath(path, member));
      }
    }
    checkOwnedFieldsDroppable(path, type);
  }

  private void checkTypeAnnotation(TreePath path, ModifiersTree modifiers, TypeElement type) {
    if (!model.isMarkedOwned(type)) {
      return;
    }
    TreePath at = annotation(path, modifiers, OwnershipModel.OWNED);
    if (type.getKind() == ElementKind.ENUM || type.getKind() == ElementKind.ANNOTATION_TYPE) {
      invalid(at, type, "@Owned on " + kindName(type) + " '" + type.getSimpleName() + "' means nothing: only classes and interfaces with close() can be owned");
    } else if (!model.isAutoCloseable(type.asType()) && !model.declaresClose(type)) {
      invalid(at, type, "@Owned type '" + type.getSimpleName() + "' has no close(): implement AutoCloseable so owners can drop it");
    }
  }

  private static String kindName(TypeElement type) {
    return type.getKind() == ElementKind.ENUM ? "enum" : "annotation type";
  }

  /** Checks a field, a local, or a parameter declaration. */
  public void checkVariable(TreePath path) {
    Element element = trees.getElement(path);
    if (element == null) {
      return;
    }
    VariableTree tree = (VariableTree) path.getLeaf();
    boolean owned = model.isMarkedOwned(element);
    boolean borrowed = model.isMarkedBorrowed(element);
    if (!owned && !borrowed) {
      return;
    }
    if (owned && borrowed) {
      invalid(annotation(path, tree.getModifiers(), OwnershipModel.OWNED), element, describe(element) + " is marked both @Owned and @Borrowed: choose one");
      return;
    }
    // Where a finding points (the annotation itself): looked for only when there is one.
    Supplier<TreePath> at =
        () -> annotation(path, tree.getModifiers(), owned ? OwnershipModel.OWNED : OwnershipModel.BORROWED);
    if (!model.canBeOwned(element.asType()) && !model.isOwnedArrayParameter(element)) {
      invalid(at.get(), element, (owned ? "@Owned" : "@Borrowed") + " on " + describe(element) + " of type " + element.asType() + " means nothing: the type has no close(); annotate only AutoCloseable or @Owned types");
      return;
    }
    if (element.getKind() == ElementKind.FIELD && element.getModifiers().contains(Modifier.STATIC) && owned) {
      invalid(at.get(), element, "@Owned on static " + describe(element) + " means nothing: static fields are never dropped by an owner; hold the value in an instance field or close it at shutdown");
      return;
    }
    if (element.getKind() == ElementKind.FIELD && borrowed) {
      invalid(at.get(), element, "@Borrowed on " + describe(element) + " is not allowed: a borrow cannot be stored in a field");
    }
  }

  private void checkMethod(TreePath path) {
    MethodTree tree = (MethodTree) path.getLeaf();
    boolean annotated = mayCarryOwnershipAnnotation(tree.getModifiers(), model.names());
    for (VariableTree parameter : tree.getParameters()) {
      if (mayCarryOwnershipAnnotation(parameter.getModifiers(), model.names())) {
        annotated = true;
        checkVariable(new TreePath(path, parameter));
      }
    }
    if (!annotated) {
      // Every rule below is about an ownership annotation written on this method or its
      // parameters; an override without one simply inherits its contract.
      return;
    }
    Element element = trees.getElement(path);
    if (!(element instanceof ExecutableElement)) {
      return;
    }
    ExecutableElement method = (ExecutableElement) element;
    boolean owned = model.isMarkedOwned(method);
    boolean borrowed = model.isMarkedBorrowed(method);
    if (model.isMarkedConsumes(method)) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (method.getModifiers().contains(Modifier.STATIC) || !model.isTracked(owner)) {
        invalid(
            annotation(path, tree.getModifiers(), OwnershipModel.CONSUMES),
            method,
            "@Consumes on " + describe(method) + " means nothing: only instance methods of tracked (@Owned) types have a receiver to take over");
      }
    }
    if (owned && borrowed) {
      invalid(annotation(path, tree.getModifiers(), OwnershipModel.OWNED), method, describe(method) + " is marked both @Owned and @Borrowed: choose one");
      return;
    }
    if (owned || borrowed) {
      Supplier<TreePath> at =
          () -> annotation(path, tree.getModifiers(), owned ? OwnershipModel.OWNED : OwnershipModel.BORROWED);
      if (method.getReturnType().getKind() == TypeKind.VOID) {
        invalid(at.get(), method, (owned ? "@Owned" : "@Borrowed") + " on void " + describe(method) + " means nothing: it returns no value");
        return;
      }
      if (!model.canBeOwned(method.getReturnType())) {
        invalid(at.get(), method, (owned ? "@Owned" : "@Borrowed") + " on " + describe(method) + " returning " + method.getReturnType() + " means nothing: the type has no close()");
        return;
      }
    }
    checkOverride(path, tree, method);
  }

  /** An override may not change the ownership its contract promises callers. */
  private void checkOverride(TreePath path, MethodTree tree, ExecutableElement method) {
    List<ExecutableElement> parents = model.overridden(method);
    if (parents.isEmpty()) {
      return;
    }
    ExecutableElement parent = parents.get(0);
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement own = method.getParameters().get(i);
      VariableElement inherited = parent.getParameters().get(i);
      boolean parentOwns = model.isMarkedOwned(inherited);
      TreePath at = new TreePath(path, tree.getParameters().get(i));
      if (parentOwns && model.isMarkedBorrowed(own)) {
        invalid(annotation(at, tree.getParameters().get(i).getModifiers(), OwnershipModel.BORROWED), own, "parameter '" + own.getSimpleName() + "' is @Borrowed but overrides an @Owned parameter of " + qualifiedName(parent) + ": callers hand over ownership, so the override must take it (drop @Borrowed)");
      } else if (!parentOwns && model.isMarkedOwned(own)) {
        invalid(annotation(at, tree.getParameters().get(i).getModifiers(), OwnershipModel.OWNED), own, "parameter '" + own.getSimpleName() + "' is @Owned but overrides a borrowing parameter of " + qualifiedName(parent) + ": callers keep ownership, so the override may only borrow (mark " + qualifiedName(parent) + "'s parameter @Owned instead)");
      }
    }
    Ownership parentResult = model.resultOf(parent);
    boolean ownResultOwned = model.isMarkedOwned(method);
    boolean ownResultBorrowed = model.isMarkedBorrowed(method);
    if (parentResult == Ownership.OWNED && ownResultBorrowed) {
      invalid(annotation(path, tree.getModifiers(), OwnershipModel.BORROWED), method, "method '" + method.getSimpleName() + "' is @Borrowed but overrides " + qualifiedName(parent) + ", whose result is owned: callers will close it");
    } else if (parentResult == Ownership.BORROWED && ownResultOwned) {
      invalid(annotation(path, tree.getModifiers(), OwnershipModel.OWNED), method, "method '" + method.getSimpleName() + "' is @Owned but overrides " + qualifiedName(parent) + ", whose result is @Borrowed: callers will never close it");
    }
  }

  /** A class with owned fields must implement AutoCloseable and declare close(). */
  private void checkOwnedFieldsDroppable(TreePath path, TypeElement type) {
    if (type.getKind() == ElementKind.INTERFACE) {
      return;
    }
    List<VariableElement> fields = model.ownedFields(type);
    if (fields.isEmpty()
        || type.getModifiers().contains(Modifier.ABSTRACT) && !model.declaresClose(type) && model.isAutoCloseable(type.asType())) {
      return;
    }
    String problem;
    if (!model.isAutoCloseable(type.asType())) {
      problem = className(type) + " is not AutoCloseable, so nothing ever drops it: implement AutoCloseable and drop the field in close()";
    } else if (model.dropMethod(type) == null) {
      problem = className(type) + " declares no close() that drops it: add close() and drop every owned field there";
    } else {
      return;
    }
    for (VariableElement field : fields) {
      TreePath at = trees.getPath(field);
      if (at != null) {
        reporter.report(FIELD_NOT_DROPPED, at, field, "owned field '" + field.getSimpleName() + "' is never dropped: " + problem);
      }
    }
  }

  /** How messages name a method: {@code Buffer.close}, {@code Supplier.get}. */
  public static String qualifiedName(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
  }

  private static String className(TypeElement type) {
    return type.getSimpleName().length() == 0 ? "this anonymous class" : "'" + type.getSimpleName() + "'";
  }

  private static String describe(Element element) {
    switch (element.getKind()) {
      case FIELD:
        return "field '" + element.getSimpleName() + "'";
      case PARAMETER:
        return "parameter '" + element.getSimpleName() + "'";
      case METHOD:
        return "method '" + element.getSimpleName() + "'";
      default:
        return "'" + element.getSimpleName() + "'";
    }
  }

  /** The path of the annotation {@code name} among {@code modifiers}, else the declaration. */
  private TreePath annotation(TreePath declaration, ModifiersTree modifiers, String name) {
    TreePath modifiersPath = new TreePath(declaration, modifiers);
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TreePath p = new TreePath(modifiersPath, annotation);
      Element type = trees.getElement(new TreePath(p, annotation.getAnnotationType()));
      if (type instanceof TypeElement && ((TypeElement) type).getQualifiedName().contentEquals(name)) {
        return p;
      }
    }
    return declaration;
  }

  private void invalid(TreePath at, Element subject, String message) {
    reporter.report(INVALID_ANNOTATION, at, subject, message);
  }
}
