// A void-compatible expression lambda discards the owned result of its body.
import support.Res;

class LeakInExpressionLambda {
  static Runnable task() {
    return () -> Res.open(); //~ ERROR leak
  }
}
