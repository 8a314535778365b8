package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.custody.processor.model.OwnershipModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Questions about exceptions the flow analysis asks: what a call throws, what a catch catches. */
final class ExceptionTypes {
  private final Trees trees;
  private final Types types;
  private final OwnershipModel model;
  final TypeMirror runtimeException;
  final TypeMirror error;

  ExceptionTypes(Trees trees, Types types, OwnershipModel model) {
    this.trees = trees;
    this.types = types;
    this.model = model;
    this.runtimeException = model.runtimeExceptionType();
    this.error = model.errorType();
  }

  /** The {@code close()} a value of {@code type} has, or null. */
  ExecutableElement closeMethod(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    Element element = types.asElement(type);
    if (!(element instanceof TypeElement)) {
      return null;
    }
    return model.closeMethodOf((TypeElement) element);
  }

  /**
   * Whether a catch of {@code names} catches unchecked exceptions (a {@code RuntimeException} or
   * {@code Error}, or a supertype of {@code RuntimeException}): those may come from any point.
   */
  boolean catchesUnchecked(List<TypeMirror> names) {
    for (TypeMirror caught : names) {
      TypeMirror c = types.erasure(caught);
      if (types.isSubtype(c, runtimeException)
          || types.isSubtype(c, error)
          || types.isSubtype(runtimeException, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a catch of {@code names} may catch one of the checked exceptions {@code thrown} (null:
   * a point that may throw anything).
   */
  boolean mayCatchChecked(List<TypeMirror> names, List<? extends TypeMirror> thrown) {
    if (thrown == null) {
      return true;
    }
    for (TypeMirror caught : names) {
      TypeMirror c = types.erasure(caught);
      for (TypeMirror t : thrown) {
        TypeMirror e = types.erasure(t);
        if (types.isSubtype(e, c) || types.isSubtype(c, e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code type} is a checked exception type. */
  boolean isChecked(TypeMirror type) {
    return !types.isSubtype(type, runtimeException) && !types.isSubtype(type, error);
  }

  /**
   * The checked exceptions a call may throw, seen through the receiver's type arguments
   * ({@code Action<IOException>.run() throws E} throws {@code IOException}).
   */
  List<? extends TypeMirror> thrownTypes(ExecutableElement method, TreePath receiverPath) {
    List<? extends TypeMirror> declared = method.getThrownTypes();
    if (declared.isEmpty()) {
      return declared; // the receiver's type arguments can only replace declared types
    }
    TypeMirror receiver = receiverPath == null ? null : trees.getTypeMirror(receiverPath);
    if (receiver instanceof DeclaredType) {
      try {
        TypeMirror member = types.asMemberOf((DeclaredType) receiver, method);
        if (member instanceof ExecutableType) {
          return ((ExecutableType) member).getThrownTypes();
        }
      } catch (IllegalArgumentException notAMember) {
        // A static method named through an instance: its declared types apply.
      }
    }
    return declared;
  }

  /** The checked exceptions among {@code thrown} that no type of {@code caughtTypes} surely catches. */
  List<? extends TypeMirror> uncaught(
      List<TypeMirror> caughtTypes, List<? extends TypeMirror> thrown) {
    if (thrown == null || thrown.isEmpty()) {
      return thrown;
    }
    List<TypeMirror> rest = new ArrayList<>();
    for (TypeMirror t : thrown) {
      boolean caught = false;
      for (TypeMirror c : caughtTypes) {
        caught |= types.isSubtype(types.erasure(t), types.erasure(c));
      }
      if (!caught) {
        rest.add(t);
      }
    }
    return rest;
  }
}
