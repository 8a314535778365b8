// A loop that moves 'r' and immediately leaves; the loop never reaches the move twice.
import support.Res;
import support.Sinks;

class CleanWhileTrueMovesOnce {
  static void run(int n) {
    Res r = Res.open();
    int i = 0;
    while (true) {
      r.use();
      if (++i >= n) {
        Sinks.consume(r);
        break;
      }
    }
  }
}
