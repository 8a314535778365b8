package dev.custody.processor.analysis;

import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.util.TreePath;
import dev.custody.processor.model.Ownership;
import dev.custody.processor.rules.DeclarationRules;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/** The ownership contract between a method reference and the functional interface it implements. */
final class MethodReferenceContract {
  private final AnalysisContext ctx;
  private final Rules rules;

  MethodReferenceContract(AnalysisContext ctx, Rules rules) {
    this.ctx = ctx;
    this.rules = rules;
  }

  /**
   * A method reference implements a functional interface like a lambda does, so the ownership of
   * the referenced method's parameters must match the interface method's: a reference that only
   * borrows what the interface hands over as {@code @Owned} leaks it; one that takes ownership of
   * what the interface only lends moves a borrow. With an unbound receiver ({@code Res::close}) the
   * interface's first parameter is the receiver.
   */
  void check(TreePath path, MemberReferenceTree tree) {
    TypeMirror interfaceType = ctx.trees.getTypeMirror(path);
    ExecutableElement functional = ctx.model.functionalMethod(interfaceType);
    Element referenced = ctx.trees.getElement(path);
    if (functional == null
        || !(referenced instanceof ExecutableElement)
        || referenced.getKind() != ElementKind.METHOD) {
      return;
    }
    ExecutableElement target = (ExecutableElement) referenced;
    Element qualifier = ctx.trees.getElement(new TreePath(path, tree.getQualifierExpression()));
    boolean unbound =
        !target.getModifiers().contains(Modifier.STATIC)
            && qualifier != null
            && (qualifier.getKind().isClass() || qualifier.getKind().isInterface());
    List<? extends TypeMirror> interfaceParameters = functionalParameterTypes(interfaceType, functional);
    int offset = 0;
    if (unbound && !functional.getParameters().isEmpty()) {
      offset = 1;
      boolean takes =
          ctx.model.names().isCloseMethod(target)
              || ctx.model.consumesReceiver(target);
      compareReferenceParameter(path, functional, interfaceParameters, 0, takes);
    }
    for (int j = 0; j < target.getParameters().size(); j++) {
      int i = j + offset;
      if (i >= functional.getParameters().size()) {
        break;
      }
      compareReferenceParameter(
          path, functional, interfaceParameters, i, ctx.model.parameterOf(target, j) == Ownership.OWNED);
    }
    compareResult(path, interfaceType, functional, target);
  }

  /**
   * The result, like a lambda's returned value: a borrow handed out where the interface promises
   * an owned value is a move of the borrow; a fresh owned value where the interface hands out a
   * borrow (or nothing) is never closed.
   */
  private void compareResult(
      TreePath path, TypeMirror interfaceType, ExecutableElement functional, ExecutableElement target) {
    Ownership promised = ctx.model.resultOf(functional);
    if (promised == Ownership.NONE && interfaceType instanceof DeclaredType) {
      TypeMirror member = ctx.types.asMemberOf((DeclaredType) interfaceType, functional);
      if (member instanceof ExecutableType
          && ctx.model.isTracked(((ExecutableType) member).getReturnType())) {
        promised = Ownership.OWNED;
      }
    }
    Ownership delivered = ctx.model.resultOf(target);
    if (promised == Ownership.OWNED && delivered == Ownership.BORROWED) {
      rules.referenceResultBorrowed(path, DeclarationRules.qualifiedName(functional));
    } else if (promised != Ownership.OWNED && delivered == Ownership.OWNED) {
      rules.referenceResultLeaks(path, DeclarationRules.qualifiedName(functional));
    }
  }

  private List<? extends TypeMirror> functionalParameterTypes(
      TypeMirror interfaceType, ExecutableElement functional) {
    if (interfaceType instanceof DeclaredType) {
      TypeMirror member =
          ctx.types.asMemberOf((DeclaredType) interfaceType, functional);
      if (member instanceof ExecutableType) {
        return ((ExecutableType) member).getParameterTypes();
      }
    }
    List<TypeMirror> declared = new ArrayList<>();
    for (VariableElement p : functional.getParameters()) {
      declared.add(p.asType());
    }
    return declared;
  }

  /**
   * Compares one parameter: the interface hands the value over ({@code @Owned}), lends it (a
   * tracked type, as {@code Consumer<Res>}), or passes something Custody does not track
   * ({@code Consumer<Plain>}), which any method may take.
   */
  private void compareReferenceParameter(
      TreePath path,
      ExecutableElement functional,
      List<? extends TypeMirror> interfaceParameters,
      int index,
      boolean referenceTakes) {
    boolean interfaceHandsOver = ctx.model.parameterOf(functional, index) == Ownership.OWNED;
    boolean interfaceLends =
        !interfaceHandsOver
            && (ctx.model.parameterOf(functional, index) == Ownership.BORROWED
                || (index < interfaceParameters.size()
                    && ctx.model.isTracked(interfaceParameters.get(index))));
    if (interfaceHandsOver && !referenceTakes) {
      rules.referenceBorrowsOwned(path, DeclarationRules.qualifiedName(functional));
    } else if (interfaceLends && referenceTakes) {
      String owner = functional.getEnclosingElement().toString();
      rules.referenceTakesBorrowed(
          path,
          DeclarationRules.qualifiedName(functional),
          owner.startsWith("java.") || owner.startsWith("javax."));
    }
  }
}
