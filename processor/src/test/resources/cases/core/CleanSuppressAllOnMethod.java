// @SuppressWarnings("custody") on a method turns off every kind inside it.
import support.Res;
import support.Sinks;

class CleanSuppressAllOnMethod {
  @SuppressWarnings("custody")
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    r.use();
    Res.open();
  }
}
