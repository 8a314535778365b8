// Closed on one branch and then closed unconditionally: maybe dropped twice.
import support.Res;

class DoubleDropMaybe {
  static void run(boolean c) {
    Res r = Res.open();
    if (c) {
      r.close();
    }
    r.close(); //~ ERROR double-drop: 'r'
  }
}
