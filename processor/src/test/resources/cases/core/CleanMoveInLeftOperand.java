// The left operand of && always runs, so 'r' is moved exactly once on every path.
import dev.custody.Owned;
import support.Res;

class CleanMoveInLeftOperand {
  static boolean take(@Owned Res r) {
    r.close();
    return true;
  }

  static void run(boolean c) {
    Res r = Res.open();
    if (take(r) && c) {
      System.out.println("taken");
    }
    Res s = Res.open();
    boolean ok = c ? take(s) : take(s);
    System.out.println(ok);
  }
}
