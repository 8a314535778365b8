package dev.custody.processor.diagnostics;

/**
 * Every kind of diagnostic Custody reports. The {@link #id()} is what users write in
 * {@code @SuppressWarnings("custody:<id>")} and what every message starts with:
 * {@code [custody:<id>]}.
 */
public enum DiagnosticKind {
  USE_AFTER_MOVE("use-after-move"),
  USE_AFTER_DROP("use-after-drop"),
  DOUBLE_DROP("double-drop"),
  LEAK("leak"),
  INVALID_ANNOTATION("invalid-annotation"),
  MOVE_OF_BORROWED("move-of-borrowed"),
  BORROW_ESCAPES("borrow-escapes"),
  MOVE_WHILE_BORROWED("move-while-borrowed"),
  FIELD_NOT_DROPPED("field-not-dropped");

  private final String id;

  DiagnosticKind(String id) {
    this.id = id;
  }

  /** The stable, user-facing name of this kind, e.g. {@code use-after-move}. */
  public String id() {
    return id;
  }

  /** The prefix every message of this kind starts with, e.g. {@code [custody:leak] }. */
  public String prefix() {
    return "[custody:" + id + "] ";
  }

  public static DiagnosticKind fromId(String id) {
    for (DiagnosticKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    return null;
  }
}
