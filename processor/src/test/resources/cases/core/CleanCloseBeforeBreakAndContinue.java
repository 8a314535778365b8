// Closing before break and continue (labeled too) leaves nothing behind.
import support.Res;

class CleanCloseBeforeBreakAndContinue {
  static void run(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Res r = Res.open();
        if (i == j) {
          r.close();
          continue outer;
        }
        if (i > j) {
          r.close();
          break outer;
        }
        if (r.read() > 0) {
          r.close();
          break;
        }
        r.close();
      }
    }
  }
}
