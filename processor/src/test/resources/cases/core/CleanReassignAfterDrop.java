// After a drop the name holds nothing and may be assigned a new value, also in a loop.
import support.Res;

class CleanReassignAfterDrop {
  static void run(int n) {
    Res r = Res.open();
    for (int i = 0; i < n; i++) {
      r.use();
      r.close();
      r = Res.open();
    }
    r.close();
  }
}
