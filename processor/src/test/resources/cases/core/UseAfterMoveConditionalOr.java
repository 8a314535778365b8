// The right operand of || runs only when the left is false: 'r' is maybe moved afterwards.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class UseAfterMoveConditionalOr {
  static boolean take(@Owned Res r) {
    r.close();
    return false;
  }

  static void run(boolean c) {
    Res r = Res.open();
    if (c || take(r)) {
      Sinks.log("either");
    }
    r.close(); //~ ERROR use-after-move: 'r'
  }
}
