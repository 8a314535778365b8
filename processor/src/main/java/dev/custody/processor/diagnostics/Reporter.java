package dev.custody.processor.diagnostics;

import com.sun.source.util.TreePath;
import javax.lang.model.element.Element;

/**
 * Where the analysis sends what it finds. One implementation reports through javac (honouring
 * {@code @SuppressWarnings}, the warnings-only option and the SARIF report); tests may collect.
 *
 * <p>Positions: {@code at} is the path to the exact tree the diagnostic belongs on (the offending
 * identifier, the declaration of a leaked owner, ...). Implementations must guard positions of
 * synthetic trees and never throw.
 */
public interface Reporter {

  /**
   * Reports a finding of {@code kind}. {@code message} is the text without the {@code
   * [custody:<kind>]} prefix, which the reporter adds. {@code subject} is the variable the finding
   * is about, if any: a {@code @SuppressWarnings} on its declaration suppresses the finding too.
   */
  void report(DiagnosticKind kind, TreePath at, Element subject, String message);

  /** A secondary note ("value moved here") attached to an earlier site of a reported finding. */
  void note(DiagnosticKind kind, TreePath at, Element subject, String message);

  /**
   * The checker failed on one method: reported as a warning naming the method, never as an
   * exception out of javac. The rest of the compilation unit is still checked.
   */
  void internalError(TreePath at, String what, Throwable failure);
}
