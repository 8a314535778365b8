// A lambda capturing 'r' is run before 'r' is closed and never afterwards.
import support.Res;

class CleanLambdaUsedBeforeClose {
  static void run() {
    Res r = Res.open();
    Runnable task = () -> r.use();
    task.run();
    task.run();
    r.close();
  }
}
