// A 'var' owner that is never closed.
import support.Res;

class LeakVar {
  static int run() {
    var r = Res.open(); //~ ERROR leak: 'r'
    return r.read();
  }
}
