package dev.custody.runtime.internal;

/** Something whose memory the leak detector may free once its handle is unreachable. */
public interface Reclaimable {

  /**
   * An action that frees the memory from an arbitrary thread, or {@code null} if that is
   * impossible. Called only for tracked owners. The action must not reference the handle, or the
   * handle would never become unreachable.
   */
  Runnable leakReclaimer();
}
