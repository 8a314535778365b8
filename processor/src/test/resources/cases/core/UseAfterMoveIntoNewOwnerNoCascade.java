// Moving an already-moved owner into another owner is one error: the receiver gets nothing (decision 3).
import support.Res;
import support.Sinks;

class UseAfterMoveIntoNewOwnerNoCascade {
  static void run() {
    Res a = Res.open();
    Sinks.consume(a);
    Res b = a; //~ ERROR use-after-move: 'a'
    b.use();
  }

  static void dropped() {
    Res a = Res.open();
    a.close();
    Res b = Res.open();
    b.close();
    b = a; //~ ERROR use-after-drop: 'a'
  }
}
