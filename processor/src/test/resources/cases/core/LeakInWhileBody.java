// Every iteration opens a value and never closes it.
import support.Res;

class LeakInWhileBody {
  static void run(int n) {
    int i = 0;
    while (i < n) {
      Res r = Res.open(); //~ ERROR leak: 'r'
      i += r.read() + 1;
    }
  }
}
