// 'continue' skips the close at the end of the loop body.
import support.Res;

class LeakAtContinue {
  static void run(int n) {
    for (int i = 0; i < n; i++) {
      Res r = Res.open(); //~ ERROR leak: 'r'
      if (i % 2 == 0) {
        continue;
      }
      r.close();
    }
  }
}
