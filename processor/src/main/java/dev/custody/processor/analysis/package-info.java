/**
 * The ownership flow analysis, in the manner of javac's {@code Flow}: straight over the attributed
 * syntax tree, one body at a time.
 *
 * <ul>
 *   <li>{@link dev.custody.processor.analysis.OwnershipChecker} walks a top-level class and hands
 *       every method, constructor, initializer, lambda and local class body to a {@link
 *       dev.custody.processor.analysis.FlowAnalyzer} (after a cheap {@link
 *       dev.custody.processor.analysis.BodyPrescan} skips bodies that touch nothing tracked, or
 *       that javac rejected).
 *   <li>{@link dev.custody.processor.analysis.FlowState} keeps, per tracked variable, bit sets of
 *       what it may hold (a value, nothing, moved, dropped; a borrow whose owner left). Branches
 *       copy and join it; loops iterate to a fixpoint; jumps and checked exceptions become {@link
 *       dev.custody.processor.analysis.PendingExit}s checked by every block they leave.
 *   <li>{@link dev.custody.processor.analysis.Rules} turns the events of a body (use, move, drop,
 *       overwrite, return, scope exit) into the checks of one class per diagnostic kind: {@link
 *       dev.custody.processor.analysis.UseAfterMoveRule}, {@link
 *       dev.custody.processor.analysis.LeakRule}, {@link
 *       dev.custody.processor.analysis.MoveWhileBorrowedRule}, ... Each owns its messages.
 * </ul>
 *
 * Findings go to a {@link dev.custody.processor.diagnostics.Reporter}; declaration-level rules
 * (annotations, classes that cannot drop their fields) live in {@code rules}.
 */
package dev.custody.processor.analysis;
