// A subtype of a tracked type is tracked too.
import support.Sinks;
import support.SubRes;

class UseAfterMoveSubtype {
  static void run() {
    SubRes s = SubRes.openSub();
    Sinks.consume(s);
    s.use(); //~ ERROR use-after-move: 's'
  }
}
