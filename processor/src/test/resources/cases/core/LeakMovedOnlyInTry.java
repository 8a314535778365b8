// The catch path neither moves nor closes 'r'.
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakMovedOnlyInTry {
  static void run() {
    Res r = Res.open(); //~ ERROR leak: 'r'
    try {
      Sinks.mayFail();
      Sinks.consume(r);
    } catch (IOException e) {
      Sinks.log(e);
    }
  }
}
