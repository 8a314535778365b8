package dev.custody.processor.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The type questions drop glue asks, answered with {@code javax.lang.model} only: can a field's
 * type be named from the glue's package (and if not, which supertype can), is it closeable, and
 * which checked exceptions does closing it throw.
 */
final class GlueTypes {
  private final Elements elements;
  private final Types types;
  private final TypeMirror autoCloseable;
  private final TypeMirror exception;
  private final TypeMirror runtimeException;
  private final TypeMirror error;

  GlueTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.autoCloseable = declaredType("java.lang.AutoCloseable");
    this.exception = declaredType("java.lang.Exception");
    this.runtimeException = declaredType("java.lang.RuntimeException");
    this.error = declaredType("java.lang.Error");
  }

  private TypeMirror declaredType(String name) {
    TypeElement element = elements.getTypeElement(name);
    return element == null ? null : types.erasure(element.asType());
  }

  /** Whether try-with-resources accepts a value of {@code type} (class, interface or type var). */
  boolean isAutoCloseable(TypeMirror type) {
    if (autoCloseable == null) {
      return false;
    }
    TypeKind kind = type.getKind();
    return (kind == TypeKind.DECLARED || kind == TypeKind.TYPEVAR)
        && types.isAssignable(types.erasure(type), autoCloseable);
  }

  /** How the glue can close a value of a field's (accessible) type. */
  enum Closing {
    /** As a try-with-resources resource: the type is {@link AutoCloseable}. */
    RESOURCE,
    /** Through a {@code close()} of its own: the type is not {@link AutoCloseable}. */
    CLOSE_METHOD,
    /** Not at all: no {@code close()} the glue's package can call. */
    NONE
  }

  /** How the glue closes a value of {@code type}, a type from {@link #accessibleView}. */
  Closing closing(TypeMirror type, PackageElement pkg) {
    if (isAutoCloseable(type)) {
      return Closing.RESOURCE;
    }
    for (DeclaredType site : closeSites(type, pkg)) {
      for (ExecutableElement close : closeMethods(site)) {
        if (isAccessible(close, pkg)) {
          return Closing.CLOSE_METHOD;
        }
      }
    }
    return Closing.NONE;
  }

  /**
   * Whether the glue in {@code pkg} can drop a field of type {@code fieldType}: as a resource, or
   * through a callable {@code close()} whose checked exceptions are {@code Exception}s (a
   * {@code CloseMethod<E extends Exception>} must be able to carry them).
   */
  boolean canDrop(TypeMirror fieldType, PackageElement pkg) {
    TypeMirror viewed = accessibleView(fieldType, pkg);
    switch (closing(viewed, pkg)) {
      case RESOURCE:
        return true;
      case CLOSE_METHOD:
        for (TypeMirror thrown : checkedCloseExceptions(viewed, pkg, variable -> true)) {
          if (exception == null || !types.isSubtype(thrown, exception)) {
            return false;
          }
        }
        return true;
      default:
        return false;
    }
  }

  private static boolean isAccessible(ExecutableElement method, PackageElement pkg) {
    Set<Modifier> modifiers = method.getModifiers();
    return modifiers.contains(Modifier.PUBLIC)
        || (!modifiers.contains(Modifier.PRIVATE) && packageOf(method).equals(pkg));
  }

  /** Where to look for {@code close()}: a class or interface, or a type variable's bounds. */
  private List<DeclaredType> closeSites(TypeMirror type, PackageElement pkg) {
    List<DeclaredType> sites = new ArrayList<>();
    if (type.getKind() == TypeKind.TYPEVAR) {
      for (TypeMirror bound : accessibleBounds((TypeVariable) type, pkg)) {
        if (bound.getKind() == TypeKind.DECLARED) {
          sites.add((DeclaredType) bound);
        }
      }
    } else if (type.getKind() == TypeKind.DECLARED) {
      sites.add((DeclaredType) type);
    }
    return sites;
  }

  /** Whether {@code type} or anything inside it (arguments, bounds) failed to resolve. */
  static boolean containsErrors(TypeMirror type) {
    return containsErrors(type, new HashSet<>());
  }

  private static boolean containsErrors(TypeMirror type, Set<Element> visiting) {
    if (type == null) {
      return false;
    }
    switch (type.getKind()) {
      case ERROR:
        return true;
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (containsErrors(argument, visiting)) {
            return true;
          }
        }
        return containsErrors(((DeclaredType) type).getEnclosingType(), visiting);
      case ARRAY:
        return containsErrors(((ArrayType) type).getComponentType(), visiting);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return containsErrors(wildcard.getExtendsBound(), visiting)
            || containsErrors(wildcard.getSuperBound(), visiting);
      case TYPEVAR:
        // Bounds may mention the variable itself (T extends Comparable<T>): visit each once.
        return visiting.add(((TypeVariable) type).asElement())
            && containsErrors(((TypeVariable) type).getUpperBound(), visiting);
      case INTERSECTION:
        for (TypeMirror bound : ((IntersectionType) type).getBounds()) {
          if (containsErrors(bound, visiting)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }

  /**
   * A type that code in {@code pkg} can name and that a value of {@code type} can be passed as:
   * {@code type} itself when every class it mentions is accessible; with inaccessible type
   * arguments replaced by {@code ?}; or else its nearest accessible supertype that can still be
   * closed the same way: {@link AutoCloseable} when {@code type} is, with a callable {@code
   * close()} when {@code type} has one. Type variables are returned unchanged (the glue declares
   * them, see {@link #accessibleBounds}).
   */
  TypeMirror accessibleView(TypeMirror type, PackageElement pkg) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (!isAccessible(element, pkg)) {
      Closing needed =
          isAutoCloseable(type)
              ? Closing.RESOURCE
              : closeMethods(declared).isEmpty() ? Closing.NONE : Closing.CLOSE_METHOD;
      return accessibleSupertype(declared, pkg, needed);
    }
    if (isFullyAccessible(declared, pkg)) {
      return declared;
    }
    // The class itself is accessible but an argument is not: a wildcard stands in for it.
    List<TypeMirror> arguments = new ArrayList<>();
    for (TypeMirror argument : declared.getTypeArguments()) {
      arguments.add(
          isFullyAccessible(argument, pkg) ? argument : types.getWildcardType(null, null));
    }
    if (arguments.isEmpty()) {
      // Only the enclosing type's arguments are inaccessible: the raw outer type names the class.
      return types.getDeclaredType(element);
    }
    return types.getDeclaredType(element, arguments.toArray(new TypeMirror[0]));
  }

  /** The bounds of a type variable as the glue's own type parameter declares them. */
  List<TypeMirror> accessibleBounds(TypeVariable variable, PackageElement pkg) {
    TypeMirror upper = variable.getUpperBound();
    List<TypeMirror> bounds = new ArrayList<>();
    if (upper.getKind() == TypeKind.INTERSECTION) {
      for (TypeMirror bound : ((IntersectionType) upper).getBounds()) {
        bounds.add(accessibleView(bound, pkg));
      }
    } else {
      bounds.add(accessibleView(upper, pkg));
    }
    return bounds;
  }

  private TypeMirror accessibleSupertype(DeclaredType type, PackageElement pkg, Closing needed) {
    // Breadth first, superclass before interfaces, each in declaration order: deterministic, and
    // the nearest accessible supertype keeps as much of close()'s signature as possible.
    Deque<TypeMirror> queue = new ArrayDeque<>(types.directSupertypes(type));
    Set<Element> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror candidate = queue.removeFirst();
      if (candidate.getKind() != TypeKind.DECLARED) {
        continue;
      }
      Element element = ((DeclaredType) candidate).asElement();
      if (!seen.add(element)) {
        continue;
      }
      if (isAccessible((TypeElement) element, pkg)
          && (needed == Closing.NONE || closing(candidate, pkg) == needed)) {
        return accessibleView(candidate, pkg);
      }
      queue.addAll(types.directSupertypes(candidate));
    }
    return needed == Closing.RESOURCE
        ? autoCloseable
        : elements.getTypeElement("java.lang.Object").asType();
  }

  private boolean isFullyAccessible(TypeMirror type, PackageElement pkg) {
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        if (!isAccessible((TypeElement) declared.asElement(), pkg)) {
          return false;
        }
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (!isFullyAccessible(argument, pkg)) {
            return false;
          }
        }
        TypeMirror enclosing = declared.getEnclosingType();
        return enclosing.getKind() == TypeKind.NONE || isFullyAccessible(enclosing, pkg);
      case ARRAY:
        return isFullyAccessible(((ArrayType) type).getComponentType(), pkg);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() == null
                || isFullyAccessible(wildcard.getExtendsBound(), pkg))
            && (wildcard.getSuperBound() == null
                || isFullyAccessible(wildcard.getSuperBound(), pkg));
      default:
        // Primitives, and type variables (which the glue redeclares with accessible bounds).
        return true;
    }
  }

  /**
   * Whether code in {@code pkg} may name {@code type}: it and every class enclosing it are public,
   * or are neither private nor (for protected members) outside {@code pkg}.
   */
  static boolean isAccessible(TypeElement type, PackageElement pkg) {
    Element current = type;
    while (current instanceof TypeElement) {
      Set<Modifier> modifiers = current.getModifiers();
      if (!modifiers.contains(Modifier.PUBLIC)) {
        if (modifiers.contains(Modifier.PRIVATE) || !packageOf(current).equals(pkg)) {
          return false;
        }
      }
      current = current.getEnclosingElement();
    }
    // A local or anonymous class (enclosed by a method) cannot be named outside its block.
    return current == null || current.getKind() == ElementKind.PACKAGE;
  }

  static PackageElement packageOf(Element element) {
    Element current = element;
    while (current != null && current.getKind() != ElementKind.PACKAGE) {
      current = current.getEnclosingElement();
    }
    return (PackageElement) current;
  }

  /**
   * The checked exceptions that {@code resource.close()} may throw, as javac sees the call for a
   * value of static type {@code resource} (after {@link #accessibleView}). Unchecked exceptions are
   * left out; so are exceptions one of the others already covers.
   */
  List<TypeMirror> checkedCloseExceptions(
      TypeMirror resource, PackageElement pkg, Predicate<TypeVariable> declaredByGlue) {
    List<List<TypeMirror>> candidates = new ArrayList<>();
    for (DeclaredType site : closeSites(resource, pkg)) {
      // Captured, so that a wildcard argument (Closer<?>) throws its bound, as at a real call.
      DeclaredType captured = (DeclaredType) types.capture(site);
      for (ExecutableElement close : closeMethods(captured)) {
        ExecutableType asMember = (ExecutableType) types.asMemberOf(captured, close);
        List<TypeMirror> thrown = new ArrayList<>();
        for (TypeMirror exception : asMember.getThrownTypes()) {
          thrown.add(nameableException(exception, pkg, declaredByGlue));
        }
        candidates.add(thrown);
      }
    }
    return minimal(commonThrows(candidates));
  }

  /** The most specific non-static, parameterless close() methods that {@code site} has. */
  private List<ExecutableElement> closeMethods(DeclaredType site) {
    TypeElement type = (TypeElement) site.asElement();
    List<ExecutableElement> all = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getSimpleName().contentEquals("close")
          && method.getParameters().isEmpty()
          && !method.getModifiers().contains(Modifier.STATIC)) {
        all.add(method);
      }
    }
    List<ExecutableElement> mostSpecific = new ArrayList<>();
    for (ExecutableElement method : all) {
      boolean overridden = false;
      for (ExecutableElement other : all) {
        if (other != method && elements.overrides(other, method, type)) {
          overridden = true;
          break;
        }
      }
      if (!overridden) {
        mostSpecific.add(method);
      }
    }
    return mostSpecific;
  }

  /**
   * A thrown type the glue can declare: an inaccessible exception class becomes its nearest
   * accessible superclass, a type variable that the glue does not declare (one captured from a
   * wildcard) its erasure.
   */
  private TypeMirror nameableException(
      TypeMirror exception, PackageElement pkg, Predicate<TypeVariable> declaredByGlue) {
    if (exception.getKind() == TypeKind.TYPEVAR) {
      if (declaredByGlue.test((TypeVariable) exception)) {
        return exception;
      }
      return accessibleView(types.erasure(exception), pkg);
    }
    return accessibleView(exception, pkg);
  }

  /**
   * When a call could bind to several abstract close() methods at once (an intersection bound, or
   * an interface inheriting two unrelated ones), it throws only what every one of them allows (JLS
   * 15.12.2.5): an exception is kept when each candidate declares it or a supertype of it.
   */
  private List<TypeMirror> commonThrows(List<List<TypeMirror>> candidates) {
    List<TypeMirror> result = new ArrayList<>();
    for (List<TypeMirror> thrown : candidates) {
      for (TypeMirror exception : thrown) {
        if (!isChecked(exception)) {
          continue;
        }
        boolean allowedByAll = true;
        for (List<TypeMirror> other : candidates) {
          if (!coveredBy(exception, other)) {
            allowedByAll = false;
            break;
          }
        }
        if (allowedByAll) {
          result.add(exception);
        }
      }
    }
    return result;
  }

  /** {@code java.lang.Exception}. */
  TypeMirror exception() {
    return exception;
  }

  boolean isChecked(TypeMirror exception) {
    return !(runtimeException != null && types.isSubtype(exception, runtimeException))
        && !(error != null && types.isSubtype(exception, error));
  }

  private boolean coveredBy(TypeMirror exception, List<TypeMirror> declared) {
    for (TypeMirror candidate : declared) {
      if (types.isSubtype(exception, candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops duplicates and exceptions that another one in the list already covers; keeps the order
   * of first appearance, so the generated throws clause is deterministic.
   */
  List<TypeMirror> minimal(List<TypeMirror> exceptions) {
    List<TypeMirror> result = new ArrayList<>();
    for (int i = 0; i < exceptions.size(); i++) {
      TypeMirror exception = exceptions.get(i);
      boolean redundant = false;
      for (int j = 0; j < exceptions.size() && !redundant; j++) {
        TypeMirror other = exceptions.get(j);
        if (i == j) {
          continue;
        }
        boolean same = types.isSameType(exception, other);
        // Of two equal types the first one stays; a strict subtype always goes.
        redundant = same ? j < i : types.isSubtype(exception, other);
      }
      if (!redundant) {
        result.add(exception);
      }
    }
    return result;
  }
}
