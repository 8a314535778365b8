package dev.custody.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs test code on a fresh thread and hands back its result or exception. */
final class Threads {

  private Threads() {}

  static <T> T onAnotherThread(Supplier<T> action) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(action.get());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            },
            "other-thread");
    thread.start();
    try {
      return result.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  static void onAnotherThread(Runnable action) {
    onAnotherThread(
        () -> {
          action.run();
          return null;
        });
  }
}
