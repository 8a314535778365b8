package dev.custody.processor.analysis;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import dev.custody.processor.model.Ownership;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What the analysis must know about the body it analyses: a method, a lambda, an initializer. */
final class MethodFrame {
  enum Kind {
    /** A constructor: owned fields start empty and are stored into. */
    CONSTRUCTOR,
    /** The {@code close()} of a class with owned fields: it must drop them all. */
    CLOSE,
    /** Any other instance method: owned fields of {@code this} are borrowed. */
    INSTANCE,
    /** A static method, a lambda, an initializer: no {@code this} fields are tracked. */
    OTHER
  }

  final Kind kind;
  final TreePath body;
  /** What the body hands back to its caller through {@code return}. */
  final Ownership result;
  /** The class whose owned fields are tracked as variables (null when none are). */
  final TypeElement fieldOwner;
  final List<VariableElement> ownedFields;
  /** Variables of an enclosing body captured by a lambda or local class: borrows here. */
  final List<Element> captured;
  /** The parameters and their ownership, in order. */
  final List<? extends VariableElement> parameters;
  final List<Ownership> parameterOwnership;
  final List<TreePath> parameterDeclarations;
  /** The body is a field's initializer: its value is stored into the field. */
  final boolean fieldInitializer;
  /** Owned fields that can never be null where the body runs (final, always assigned a new object). */
  final Set<VariableElement> nonNullFields;
  /** A {@code @Consumes} method: it owns {@code this} and must close or hand it on. */
  final boolean consumesSelf;

  MethodFrame(
      Kind kind,
      TreePath body,
      Ownership result,
      TypeElement fieldOwner,
      List<VariableElement> ownedFields,
      List<Element> captured,
      List<? extends VariableElement> parameters,
      List<Ownership> parameterOwnership,
      List<TreePath> parameterDeclarations,
      boolean fieldInitializer,
      Set<VariableElement> nonNullFields,
      boolean consumesSelf) {
    this.kind = kind;
    this.body = body;
    this.result = result;
    this.fieldOwner = fieldOwner;
    this.ownedFields = ownedFields;
    this.captured = captured;
    this.parameters = parameters;
    this.parameterOwnership = parameterOwnership;
    this.parameterDeclarations = parameterDeclarations;
    this.fieldInitializer = fieldInitializer;
    this.nonNullFields = nonNullFields;
    this.consumesSelf = consumesSelf;
  }

  /** How messages name the body's method (made only when a rule needs it). */
  String name() {
    return body.getParentPath() != null && body.getParentPath().getLeaf() instanceof MethodTree
        ? ((MethodTree) body.getParentPath().getLeaf()).getName().toString()
        : "the lambda";
  }
}
