// Capturing an owner that was already moved is a use after move at the capture.
import support.Res;
import support.Sinks;

class UseAfterMoveCapturedByLambda {
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    Runnable task = () -> r.use(); //~ ERROR use-after-move: 'r'
    task.run();
  }
}
