// finally drops 'r' on the normal path and on the path through the catch.
import java.io.IOException;
import support.Res;
import support.Sinks;

class CleanTryCatchFinally {
  static void run() {
    Res r = Res.open();
    try {
      r.write(1);
      Sinks.mayFail();
    } catch (IOException e) {
      Sinks.log(e);
    } finally {
      r.close();
    }
  }
}
