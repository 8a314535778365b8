// Every arm of an arrow switch drops or moves 'r'.
import support.Res;
import support.Sinks;

class CleanArrowSwitch {
  static void run(int k) {
    Res r = Res.open();
    switch (k) {
      case 1, 2 -> r.close();
      case 3 -> Sinks.consume(r);
      default -> {
        r.use();
        r.close();
      }
    }
  }
}
