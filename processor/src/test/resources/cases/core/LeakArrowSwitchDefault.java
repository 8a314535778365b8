// The default arm of an arrow switch neither moves nor closes 'r'.
import support.Res;
import support.Sinks;

class LeakArrowSwitchDefault {
  static void run(int k) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    switch (k) {
      case 1 -> r.close();
      case 2 -> Sinks.consume(r);
      default -> r.use();
    }
  }
}
