// A @Consumes method takes its receiver over, like Rust's `self`: the owner is moved.
import support.Res;

class UseAfterMoveConsumedReceiver {
  static void run() {
    Res r = Res.open();
    r.handOver();
    r.use(); //~ ERROR use-after-move: 'r' is used after it was moved at line 7
  }
}
