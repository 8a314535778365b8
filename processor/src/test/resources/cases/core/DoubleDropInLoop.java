// Closed in every iteration of the loop: the second iteration drops it again.
import support.Res;

class DoubleDropInLoop {
  static void run(boolean again) {
    Res r = Res.open();
    do {
      r.close(); //~ ERROR double-drop: 'r'
    } while (again);
  }
}
