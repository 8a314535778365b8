// @SuppressWarnings("custody:use-after-move") on a local covers the uses of that local.
import support.Res;
import support.Sinks;

class CleanSuppressUseAfterMoveOnLocal {
  static void run() {
    @SuppressWarnings("custody:use-after-move")
    Res r = Res.open();
    Sinks.consume(r);
    r.use();
  }
}
