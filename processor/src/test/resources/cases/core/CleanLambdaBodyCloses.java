// A lambda body that closes its own local; the enclosing method's owner is closed separately.
import support.Res;

class CleanLambdaBodyCloses {
  static Runnable task() {
    Res outer = Res.open();
    outer.close();
    return () -> {
      Res r = Res.open();
      r.use();
      r.close();
    };
  }
}
