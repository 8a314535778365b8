// 'c ? a : ...' moves 'a' on one arm only; a later move of 'a' is a use in the "maybe moved" state.
import support.Res;
import support.Sinks;

class UseAfterMoveConditionalExpression {
  static void run(boolean c) {
    Res a = Res.open();
    Res b = c ? a : Res.open();
    b.close();
    Sinks.consume(a); //~ ERROR use-after-move: 'a'
  }
}
