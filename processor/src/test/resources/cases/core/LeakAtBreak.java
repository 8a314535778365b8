// 'break' leaves the loop body while 'r' still holds its value.
import support.Res;

class LeakAtBreak {
  static void run(int n) {
    for (int i = 0; i < n; i++) {
      Res r = Res.open(); //~ ERROR leak: 'r'
      if (r.read() < 0) {
        break;
      }
      r.close();
    }
  }
}
