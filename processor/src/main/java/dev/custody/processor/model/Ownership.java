package dev.custody.processor.model;

/** What a declaration or an expression's value is, as far as ownership goes. */
public enum Ownership {
  /** The holder must move or drop the value. */
  OWNED,
  /** The holder may use the value but never drop, move or keep it. */
  BORROWED,
  /** Not a resource Custody tracks. */
  NONE
}
