// A lambda body is analysed as a method of its own: a move and use inside it are checked there.
import support.Res;
import support.Sinks;

class UseAfterMoveInLambdaBody {
  static Runnable task() {
    return () -> {
      Res r = Res.open();
      Sinks.consume(r);
      r.use(); //~ ERROR use-after-move: 'r'
    };
  }
}
