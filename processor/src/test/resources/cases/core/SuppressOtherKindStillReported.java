// Suppressing one kind leaves the other kinds reported.
import support.Res;
import support.Sinks;

class SuppressOtherKindStillReported {
  @SuppressWarnings("custody:leak")
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    r.use(); //~ ERROR use-after-move: 'r'
    Res.open();
  }
}
