// A move inside a loop body conflicts with itself: moved in a previous iteration of the loop.
import support.Res;
import support.Sinks;

class UseAfterMovePreviousIteration {
  static void run(boolean again) {
    Res r = Res.open();
    do {
      Sinks.consume(r); //~ ERROR use-after-move: 'r'
    } while (again);
  }
}
