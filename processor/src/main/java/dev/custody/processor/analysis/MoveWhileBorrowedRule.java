package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.MOVE_WHILE_BORROWED;

import com.sun.source.util.TreePath;
import java.util.BitSet;
import java.util.List;

/**
 * {@code move-while-borrowed} (rustc E0505): an owner is moved or dropped while a borrow derived
 * from it (a {@code @Borrowed} local, a {@code @Borrowed} result, a capturing lambda) is still used
 * later. Liveness is flow-sensitive: the move is marked on the borrow and reported, at the move,
 * only when a later use of the borrow is reached.
 */
final class MoveWhileBorrowedRule {
  private final Findings findings;

  MoveWhileBorrowedRule(Findings findings) {
    this.findings = findings;
  }

  /** Marks every borrow of {@code owner} as outlived by the move or drop at {@code site}. */
  void invalidateBorrowsOf(FlowState s, int owner, TreePath site) {
    for (int b = 0; b < s.borrowers(); b++) {
      BitSet sources = s.sourcesOf(b);
      if (sources != null && sources.get(owner)) {
        s.invalidate(b, owner, site);
      }
    }
  }

  /**
   * The borrow {@code v} is used at {@code use}: an error at every move or drop of an owner it
   * borrows from that reached this use. {@code vars} are the body's variables by index, which name
   * the owners in the message.
   */
  boolean check(FlowState s, TrackedVar v, TreePath use, List<TrackedVar> vars) {
    int i = v.index;
    if (!s.invalid.get(i)) {
      return false;
    }
    boolean reported = false;
    BitSet owners = s.invalidatedBy(i);
    if (owners != null) {
      for (int o = owners.nextSetBit(0); o >= 0; o = owners.nextSetBit(o + 1)) {
        TreePath site = s.moved.get(o) ? s.moveSite(o) : s.dropped.get(o) ? s.dropSite(o) : null;
        if (site != null) {
          report(site, vars.get(o).display(), v, use);
          reported = true;
        }
      }
    }
    if (!reported) {
      // The owner was given a new value since: the borrow still refers to the one that left.
      report(s.invalidSite(i), "its owner", v, use);
    }
    return true;
  }

  private void report(TreePath site, String owner, TrackedVar borrow, TreePath use) {
    findings.report(
        MOVE_WHILE_BORROWED,
        site,
        borrow.element,
        owner + " is moved or dropped while " + borrow.display() + " still borrows it: " + borrow.display() + " is used later" + RuleSupport.atLine(findings, use));
  }
}
