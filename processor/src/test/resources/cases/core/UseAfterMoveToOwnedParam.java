// Passing an owner to an @Owned parameter moves it; a later call on it is a use after move.
import support.Res;
import support.Sinks;

class UseAfterMoveToOwnedParam {
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    r.use(); //~ ERROR use-after-move: 'r' is used after it was moved at line 8
  }
}
