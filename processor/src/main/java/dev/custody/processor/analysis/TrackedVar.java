package dev.custody.processor.analysis;

import com.sun.source.util.TreePath;
import javax.lang.model.element.Element;

/** A variable the flow analysis follows: an owner, a borrow, or an owned field of {@code this}. */
final class TrackedVar {
  enum Role {
    /** A local that owns its value. */
    OWNER,
    /** An {@code @Owned} parameter: the method must move or drop it. */
    OWNED_PARAM,
    /** The variable of a try-with-resources: the statement owns the value, the name borrows it. */
    RESOURCE,
    /** A borrowed parameter or local, a captured owner, or a local holding a capturing lambda. */
    BORROW,
    /** An owned field of {@code this} inside its own class. */
    FIELD,
    /**
     * A local {@code boolean} used as a success flag ({@code ok = true; return r; } finally { if
     * (!ok) r.close(); }): may-be-true is kept in {@code holds}, may-be-false in {@code empty}, so
     * tests of the flag select the paths that set it.
     */
    FLAG
  }

  final int index;
  final Role role;
  final Element element;
  /** How messages name it: the element's name, made a string only when a message needs it. */
  final CharSequence name;
  /** Where diagnostics about the variable itself (leaks) are placed. */
  final TreePath declaration;

  TrackedVar(int index, Role role, Element element, CharSequence name, TreePath declaration) {
    this.index = index;
    this.role = role;
    this.element = element;
    this.name = name;
    this.declaration = declaration;
  }

  /** {@code this} in a {@code @Consumes} method, which owns its receiver. */
  boolean isReceiver() {
    return role == Role.OWNED_PARAM && element instanceof javax.lang.model.element.ExecutableElement;
  }

  boolean isOwner() {
    return role == Role.OWNER || role == Role.OWNED_PARAM || role == Role.FIELD;
  }

  boolean isBorrow() {
    return role == Role.BORROW || role == Role.RESOURCE;
  }

  /** How messages name the variable. */
  String display() {
    if (role == Role.FIELD && element instanceof javax.lang.model.element.ExecutableElement) {
      return "what super(..) took over";
    }
    return role == Role.FIELD ? "field '" + name + "'" : "'" + name + "'";
  }
}
