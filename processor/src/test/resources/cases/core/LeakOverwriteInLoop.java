// Each iteration overwrites the value opened by the previous one.
import support.Res;

class LeakOverwriteInLoop {
  static void run(int n) {
    Res r = null;
    for (int i = 0; i < n; i++) {
      r = Res.open(); //~ ERROR leak: 'r'
    }
    if (r != null) {
      r.close();
    }
  }
}
