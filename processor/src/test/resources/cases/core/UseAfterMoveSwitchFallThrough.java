// Case 1 moves 'r' and falls through into case 2, which moves it again.
import support.Res;
import support.Sinks;

class UseAfterMoveSwitchFallThrough {
  static void run(int k) {
    Res r = Res.open();
    switch (k) {
      case 1:
        Sinks.consume(r);
      case 2:
        Sinks.consume(r); //~ ERROR use-after-move: 'r'
        break;
      default:
        r.close();
    }
  }
}
