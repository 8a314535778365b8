// Returning an owner that was already moved is a use after move.
import support.Res;
import support.Sinks;

class UseAfterMoveInReturn {
  static Res run() {
    Res r = Res.open();
    Sinks.consume(r);
    return r; //~ ERROR use-after-move: 'r'
  }
}
