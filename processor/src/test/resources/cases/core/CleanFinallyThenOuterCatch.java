// An inner try/finally closes the resource; the outer catch only logs: it is entered after the finally.
import java.io.IOException;
import support.Res;
import support.Sinks;

class CleanFinallyThenOuterCatch {
  static void run() {
    Res r = Res.open();
    try {
      try {
        r.write(1);
      } finally {
        r.close();
      }
    } catch (IOException e) {
      Sinks.log(e);
    }
  }
}
