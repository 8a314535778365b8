// An explicit throw (even of an unchecked exception) is a scope exit.
import support.Res;

class LeakAtExplicitThrow {
  static void run(boolean bad) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    if (bad) {
      throw new IllegalStateException("bad");
    }
    r.close();
  }
}
