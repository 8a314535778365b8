package dev.custody.processor.javac;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises classes javac has already rejected. They still reach ANALYZE: javac announces it for
 * every class even when errors stopped it before attribution (a syntax error anywhere in the
 * compilation leaves every method body untyped) or left parts erroneous. Findings there would only
 * bury javac's own error, and the analysis would be reading half-built trees: nothing found in the
 * class is reported (a failure of the analysis there included), and it is checked again once it
 * compiles. Asked only of classes with something to report.
 *
 * <p>Signs of rejection here: the class's own type, a direct supertype or a member's signature did
 * not resolve. Erroneous or unattributed expressions inside bodies are found by the analysis'
 * prescan, which skips just those bodies.
 */
final class RejectedCode {
  private RejectedCode() {}

  static boolean isRejected(TypeElement type, TreePath classPath, Trees trees) {
    if (isErroneous(type.asType()) || isErroneous(type.getSuperclass())) {
      return true;
    }
    for (TypeMirror implemented : type.getInterfaces()) {
      if (isErroneous(implemented)) {
        return true;
      }
    }
    // Member signatures only: method bodies are checked for erroneous or unattributed expressions
    // by the analysis' own prescan, body by body, so no tree is scanned twice.
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof VariableElement && isErroneous(member.asType())) {
        return true;
      }
      if (member instanceof ExecutableElement) {
        ExecutableElement method = (ExecutableElement) member;
        if (isErroneous(method.getReturnType())) {
          return true;
        }
        for (VariableElement parameter : method.getParameters()) {
          if (isErroneous(parameter.asType())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isErroneous(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.ERROR;
  }
}
