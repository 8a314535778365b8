// A call on an owner after close() is a use after drop.
import support.Res;

class UseAfterDrop {
  static void run() {
    Res r = Res.open();
    r.close();
    r.use(); //~ ERROR use-after-drop: 'r' is used after it was dropped at line 7
  }
}
