// Assigning one owner to another moves the value; the old name is unusable.
import support.Res;

class UseAfterMoveByAssignment {
  static void run() {
    Res a = Res.open();
    Res b = a;
    a.use(); //~ ERROR use-after-move: 'a' is used after it was moved at line 7
    b.close();
  }
}
