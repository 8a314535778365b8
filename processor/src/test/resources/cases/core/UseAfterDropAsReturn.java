// Returning a dropped owner from a method with an owned result is a use after drop.
import support.Res;

class UseAfterDropAsReturn {
  static Res run() {
    Res r = Res.open();
    r.close();
    return r; //~ ERROR use-after-drop: 'r'
  }
}
