package dev.custody.processor.model;

import java.util.List;

/**
 * What calling one method does with ownership, as the flow analysis reads it at every call of the
 * method: answered once per method ({@link OwnershipModel#callContract}). A body's calls are most
 * of its nodes, and each used to ask the model four to six questions, most of them the same for
 * every call of the method.
 */
public final class CallContract {
  private final boolean isStatic;
  private final boolean isConstructor;
  private final boolean dropsReceiver;
  private final boolean consumesReceiver;
  private final Ownership result;
  private final boolean mayPassArgumentThrough;
  private final boolean mayReturnTypeArgument;
  private final List<Ownership> parameters;

  CallContract(
      boolean isStatic,
      boolean isConstructor,
      boolean dropsReceiver,
      boolean consumesReceiver,
      Ownership result,
      boolean mayPassArgumentThrough,
      boolean mayReturnTypeArgument,
      List<Ownership> parameters) {
    this.isStatic = isStatic;
    this.isConstructor = isConstructor;
    this.dropsReceiver = dropsReceiver;
    this.consumesReceiver = consumesReceiver;
    this.result = result;
    this.mayPassArgumentThrough = mayPassArgumentThrough;
    this.mayReturnTypeArgument = mayReturnTypeArgument;
    this.parameters = List.copyOf(parameters);
  }

  public boolean isStatic() {
    return isStatic;
  }

  /** A constructor, called by {@code new}, {@code this(..)} or {@code super(..)}. */
  public boolean isConstructor() {
    return isConstructor;
  }

  /** An instance {@code close()}: the call drops its receiver. */
  public boolean dropsReceiver() {
    return dropsReceiver;
  }

  /** An {@code @Consumes} method (or an override of one): the call takes over its receiver. */
  public boolean consumesReceiver() {
    return consumesReceiver;
  }

  /** What the caller receives ({@link OwnershipModel#resultOf}). */
  public Ownership result() {
    return result;
  }

  /**
   * The result is a type variable of the method itself and carries no ownership of its own: the
   * call may hand back an argument of that type ({@code Objects.requireNonNull}).
   */
  public boolean mayPassArgumentThrough() {
    return mayPassArgumentThrough;
  }

  /**
   * An abstract interface method whose result is a type variable: through a functional type
   * ({@code Supplier<Res>.get()}) the call may produce a tracked value.
   */
  public boolean mayReturnTypeArgument() {
    return mayReturnTypeArgument;
  }

  /**
   * What the call does with the argument at {@code index} ({@link OwnershipModel#parameterOf}); the
   * last parameter stands for every argument past it (varargs). None for a method without
   * parameters.
   */
  public Ownership parameter(int index) {
    return parameters.isEmpty()
        ? Ownership.NONE
        : parameters.get(Math.min(index, parameters.size() - 1));
  }
}
