// Fall-through from a case that only uses 'r' into the case that closes it.
import support.Res;
import support.Sinks;

class CleanOldSwitchFallThrough {
  static void run(int k) {
    Res r = Res.open();
    switch (k) {
      case 1:
        r.use();
      case 2:
        r.close();
        break;
      case 3:
        Sinks.consume(r);
        break;
      default:
        r.close();
    }
  }
}
