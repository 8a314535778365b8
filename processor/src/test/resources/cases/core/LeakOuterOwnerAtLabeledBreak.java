// 'break outer' also leaves the outer body, where 'a' is still open; 'b' is closed first.
import support.Res;

class LeakOuterOwnerAtLabeledBreak {
  static void run(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      Res a = Res.open(); //~ ERROR leak: 'a'
      for (int j = 0; j < n; j++) {
        Res b = Res.open();
        b.close();
        if (i == j) {
          break outer;
        }
      }
      a.close();
    }
  }
}
