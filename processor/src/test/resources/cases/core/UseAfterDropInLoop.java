// Dropped at the end of one iteration, used at the start of the next.
import support.Res;
import support.Sinks;

class UseAfterDropInLoop {
  static void run(boolean again) {
    Res r = Res.open();
    do {
      Sinks.inspect(r); //~ ERROR use-after-drop: 'r'
      r.close(); //~ ERROR double-drop: 'r'
    } while (again);
  }
}
