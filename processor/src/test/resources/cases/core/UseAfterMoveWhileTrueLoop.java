// The loop only exits after the move, but the second iteration moves 'r' again.
import support.Res;
import support.Sinks;

class UseAfterMoveWhileTrueLoop {
  static boolean more() {
    return Math.random() > 0.5;
  }

  static void run() {
    Res r = Res.open();
    while (true) {
      Sinks.consume(r); //~ ERROR use-after-move: 'r'
      if (!more()) {
        break;
      }
    }
  }
}
