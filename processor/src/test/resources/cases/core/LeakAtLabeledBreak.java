// 'break outer' leaves both loops while 'r' (declared in the inner one) is still open.
import support.Res;

class LeakAtLabeledBreak {
  static void run(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Res r = Res.open(); //~ ERROR leak: 'r'
        if (i == j) {
          break outer;
        }
        r.close();
      }
    }
  }
}
