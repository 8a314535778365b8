// 'continue outer' leaves the inner body while 'r' is still open.
import support.Res;

class LeakAtLabeledContinue {
  static void run(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Res r = Res.open(); //~ ERROR leak: 'r'
        if (i == j) {
          continue outer;
        }
        r.close();
      }
    }
  }
}
