// The catch is entered after the close in its try: closing again there is a double drop.
import java.io.IOException;
import support.Res;
import support.Sinks;

class DoubleDropInCatch {
  static void run() {
    Res r = Res.open();
    try {
      r.close();
      Sinks.mayFail();
    } catch (IOException e) {
      r.close(); //~ ERROR double-drop: 'r'
    }
  }
}
