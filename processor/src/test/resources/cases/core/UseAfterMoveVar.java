// A 'var' local inferred as a tracked type is an owner like any other.
import support.Res;
import support.Sinks;

class UseAfterMoveVar {
  static void run() {
    var r = Res.open();
    Sinks.consume(r);
    r.read(); //~ ERROR use-after-move: 'r'
  }
}
