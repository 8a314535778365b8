// A capturing lambda passed as an argument lasts for the call.
import support.Res;

class CleanLambdaPassedToCall {
  static void twice(Runnable task) {
    task.run();
    task.run();
  }

  static void run() {
    Res r = Res.open();
    twice(() -> r.use());
    twice(r::use);
    r.close();
  }
}
