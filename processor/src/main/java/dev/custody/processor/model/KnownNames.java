package dev.custody.processor.model;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.util.Elements;

/**
 * The few names the checker compares against on nearly every annotated declaration and call,
 * taken once from javac's name table. Two names of one table are equal exactly when they are the
 * same name, so comparing them costs a reference check, where {@code Name.contentEquals(String)}
 * turns the name into a new string on JDK 17.
 */
public final class KnownNames {
  private final Name owned;
  private final Name borrowed;
  private final Name consumes;
  private final Name close;
  private final Name thisName;
  private final Name superName;
  private final Name className;
  private final Name ownedSimple;
  private final Name borrowedSimple;
  private final Name consumesSimple;

  KnownNames(Elements elements) {
    this.owned = elements.getName(OwnershipModel.OWNED);
    this.borrowed = elements.getName(OwnershipModel.BORROWED);
    this.consumes = elements.getName(OwnershipModel.CONSUMES);
    this.close = elements.getName("close");
    this.thisName = elements.getName("this");
    this.superName = elements.getName("super");
    this.className = elements.getName("class");
    this.ownedSimple = simpleName(elements, OwnershipModel.OWNED);
    this.borrowedSimple = simpleName(elements, OwnershipModel.BORROWED);
    this.consumesSimple = simpleName(elements, OwnershipModel.CONSUMES);
  }

  private static Name simpleName(Elements elements, String qualified) {
    return elements.getName(qualified.substring(qualified.lastIndexOf('.') + 1));
  }

  /**
   * Whether an annotation written with this last identifier can be one of Custody's: {@code
   * Owned}, {@code Borrowed} or {@code Consumes} (Java has no import aliases, so {@code @Override}
   * or {@code @Deprecated} never can).
   */
  public boolean canNameOwnershipAnnotation(Name lastIdentifier) {
    return lastIdentifier.equals(ownedSimple)
        || lastIdentifier.equals(borrowedSimple)
        || lastIdentifier.equals(consumesSimple);
  }

  Name owned() {
    return owned;
  }

  Name borrowed() {
    return borrowed;
  }

  Name consumes() {
    return consumes;
  }

  /** A method named {@code close} without parameters (static or not: callers decide). */
  public boolean isCloseMethod(ExecutableElement method) {
    return method.getSimpleName().equals(close) && method.getParameters().isEmpty();
  }

  public boolean isClose(Name name) {
    return name.equals(close);
  }

  public boolean isThis(Name name) {
    return name.equals(thisName);
  }

  public boolean isSuper(Name name) {
    return name.equals(superName);
  }

  public boolean isClassLiteral(Name name) {
    return name.equals(className);
  }
}
