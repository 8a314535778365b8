// Both branches drop or move 'r'.
import support.Res;
import support.Sinks;

class CleanIfElseBothClose {
  static void run(boolean c) {
    Res r = Res.open();
    if (c) {
      r.close();
    } else if (r.read() > 3) {
      Sinks.consume(r);
    } else {
      r.close();
    }
  }
}
