// A lambda capturing the try-with-resources variable, run inside the try statement.
import support.Res;

class CleanTryResourceUsedInLambda {
  static void run() {
    try (Res r = Res.open()) {
      Runnable task = () -> r.use();
      task.run();
    }
  }
}
