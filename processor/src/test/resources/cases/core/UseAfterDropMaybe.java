// Dropped on one branch: the later move is a use in the "maybe dropped" state.
import support.Res;
import support.Sinks;

class UseAfterDropMaybe {
  static void run(boolean c) {
    Res r = Res.open();
    if (c) {
      r.close();
    }
    Sinks.consume(r); //~ ERROR use-after-drop: 'r' is used after it was dropped at line 9
  }
}
