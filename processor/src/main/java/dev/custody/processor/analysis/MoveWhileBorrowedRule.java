package dev.custody.processor.analysis;

import static dev.custody.processor.diagnostics.DiagnosticKind.MOVE_WHILE_BORROWED;

import com.sun.source.util.TreePath;
import java.util.BitSet;
import java.util.function.IntFunction;

/**
 * {@code move-while-borrowed} (rustc E0505): an owner is moved or dropped while a borrow derived
 * from it (a {@code @Borrowed} local, a {@code @Borrowed} result, a capturing lambda) is still used
 * later. Liveness is flow-sensitive: the move is marked on the borrow and reported, at the move,
 * only when a later use of the borrow is reached.
 */
final class MoveWhileBorrowedRule {
  private final Findings findings;
  private final IntFunction<TrackedVar> vars;

  MoveWhileBorrowedRule(Findings findings, IntFunction<TrackedVar> vars) {
    this.findings = findings;
    this.vars = vars;
  }

  /** Marks every borrow of {@code owner} as outlived by the move or drop at {@code site}. */
  void invalidateBorrowsOf(FlowState s, int owner, TreePath site) {
    for (int b = 0; b < s.sources.length; b++) {
      BitSet sources = s.sources[b];
      if (sources != null && sources.get(owner)) {
        s.invalid.set(b);
        s.invalidSite[b] = site;
      }
    }
  }

  /** The borrow {@code v} is used at {@code use}: an error if its owner may be gone. */
  boolean check(FlowState s, TrackedVar v, TreePath use) {
    int i = v.index;
    if (!s.invalid.get(i)) {
      return false;
    }
    String owner = ownerOf(s, i);
    findings.report(
        MOVE_WHILE_BORROWED,
        s.invalidSite[i],
        v.element,
        owner + " is moved or dropped while " + v.display() + " still borrows it: " + v.display() + " is used later" + RuleSupport.atLine(findings, use));
    return true;
  }

  private String ownerOf(FlowState s, int borrow) {
    BitSet sources = s.sourcesOf(borrow);
    if (sources == null || sources.isEmpty()) {
      return "its owner";
    }
    for (int o = sources.nextSetBit(0); o >= 0; o = sources.nextSetBit(o + 1)) {
      if (s.moved.get(o) || s.dropped.get(o)) {
        return vars.apply(o).display();
      }
    }
    return vars.apply(sources.nextSetBit(0)).display();
  }
}
