// Using a moved owner as the source of an assignment is a use after move.
import support.Res;
import support.Sinks;

class UseAfterMoveAsAssignmentSource {
  static void run() {
    Res a = Res.open();
    Sinks.consume(a);
    Res b = a; //~ ERROR use-after-move: 'a'
    b.close();
  }
}
