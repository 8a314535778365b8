// close() is a use too: closing a moved owner is a use after move (not a double drop).
import support.Res;
import support.Sinks;

class UseAfterMoveThenClose {
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    r.close(); //~ ERROR use-after-move: 'r'
  }
}
