package dev.custody.processor.diagnostics;

/** One-line descriptions of each {@link DiagnosticKind}, as shown by code-scanning tools. */
final class RuleDescriptions {
  private RuleDescriptions() {}

  static String of(DiagnosticKind kind) {
    switch (kind) {
      case USE_AFTER_MOVE:
        return "An owner is used after its value was moved to another owner.";
      case USE_AFTER_DROP:
        return "An owner is used after its value was dropped (closed).";
      case DOUBLE_DROP:
        return "An owned value may be dropped (closed) twice.";
      case LEAK:
        return "An owned value may reach a scope exit without being moved or dropped.";
      case INVALID_ANNOTATION:
        return "An ownership annotation is placed where it has no meaning or contradicts another.";
      case MOVE_OF_BORROWED:
        return "A borrowed value is moved or dropped, which only its owner may do.";
      case BORROW_ESCAPES:
        return "A borrowed value is stored or returned where it may outlive its owner.";
      case MOVE_WHILE_BORROWED:
        return "An owner is moved or dropped while a borrow of it is still in use.";
      case FIELD_NOT_DROPPED:
        return "An owned field is not dropped by its object's close().";
      default:
        return kind.id();
    }
  }

  /** The rule's name in SARIF's PascalCase convention, e.g. {@code UseAfterMove}. */
  static String name(DiagnosticKind kind) {
    StringBuilder name = new StringBuilder();
    for (String word : kind.id().split("-")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }
}
