// The exception is caught, but outside the block that declares 'r': 'r' leaks on that path.
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakCheckedCaughtOutsideScope {
  static void run() {
    try {
      Res r = Res.open(); //~ ERROR leak: 'r'
      Sinks.mayFail();
      r.close();
    } catch (IOException e) {
      Sinks.log(e);
    }
  }
}
