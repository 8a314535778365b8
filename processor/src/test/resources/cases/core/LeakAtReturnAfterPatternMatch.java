// A return inside a pattern-instanceof branch leaves 'r' open.
import support.Res;

class LeakAtReturnAfterPatternMatch {
  static int run(Object o) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    if (o instanceof String s) {
      return s.length();
    }
    r.close();
    return 0;
  }
}
