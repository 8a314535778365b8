// After a @Consumes call the owner holds nothing: no close, no leak.
import support.Res;

class CleanConsumedReceiver {
  static void run(boolean ship) {
    Res r = Res.open();
    r.use();
    if (ship) {
      r.handOver();
    } else {
      r.close();
    }
    Res.open().handOver();
  }
}
