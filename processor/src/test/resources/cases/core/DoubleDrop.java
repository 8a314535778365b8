// Closing an owner twice is a double drop.
import support.Res;

class DoubleDrop {
  static void run() {
    Res r = Res.open();
    r.close();
    r.close(); //~ ERROR double-drop: 'r'
  }
}
