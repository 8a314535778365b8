// The right operand of && runs only sometimes: 'r' is maybe moved after the condition.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class UseAfterMoveConditionalAnd {
  static boolean take(@Owned Res r) {
    r.close();
    return true;
  }

  static void run(boolean c) {
    Res r = Res.open();
    if (c && take(r)) {
      Sinks.log("taken");
    }
    Sinks.consume(r); //~ ERROR use-after-move: 'r'
  }
}
