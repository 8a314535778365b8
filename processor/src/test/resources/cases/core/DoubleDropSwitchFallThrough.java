// Case 1 falls through into case 2, which closes 'r' again.
import support.Res;

class DoubleDropSwitchFallThrough {
  static void run(int k) {
    Res r = Res.open();
    switch (k) {
      case 1:
        r.close();
      case 2:
        r.close(); //~ ERROR double-drop: 'r'
        break;
      default:
        r.close();
    }
  }
}
