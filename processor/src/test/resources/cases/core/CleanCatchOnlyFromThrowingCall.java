// catch (IOException) is entered only from calls that can throw it: a later move cannot reach it.
import java.io.IOException;
import support.Res;
import support.Sinks;

class CleanCatchOnlyFromThrowingCall {
  static void handOver() {
    Res r = Res.open();
    try {
      r.write(1);
      Sinks.consume(r);
    } catch (IOException e) {
      r.close();
    }
  }

  static void closeAfterWrite() {
    Res r = Res.open();
    try {
      r.write(1);
      r.close();
      Sinks.log("done");
    } catch (IOException e) {
      r.close();
    }
  }
}
