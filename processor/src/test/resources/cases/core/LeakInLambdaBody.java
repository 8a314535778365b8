// A lambda body is a method of its own: its locals must be closed inside it.
import support.Res;

class LeakInLambdaBody {
  static Runnable task() {
    return () -> {
      Res r = Res.open(); //~ ERROR leak: 'r'
      r.use();
    };
  }
}
