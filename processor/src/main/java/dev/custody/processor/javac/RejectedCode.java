package dev.custody.processor.javac;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises classes javac has already rejected. Their trees still reach ANALYZE, half attributed;
 * findings there would only bury javac's real error. The analysis guards each method body on its
 * own; this is the class-level guard: a class whose own type or direct supertypes did not resolve.
 */
final class RejectedCode {
  private RejectedCode() {}

  static boolean isRejected(TypeElement type) {
    if (isErroneous(type.asType()) || isErroneous(type.getSuperclass())) {
      return true;
    }
    for (TypeMirror implemented : type.getInterfaces()) {
      if (isErroneous(implemented)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isErroneous(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.ERROR;
  }
}
