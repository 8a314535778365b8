// An exception caught by an inner catch never reaches the outer catch: only the inner catch's own calls can.
import java.io.IOException;
import support.Res;
import support.Sinks;

class CleanInnerCatchHandlesFirst {
  static void run() {
    Res conn = Res.open();
    try {
      try {
        Sinks.consume(conn);
        Sinks.mayFail();
      } catch (IOException first) {
        Sinks.log(first);
        conn = Res.open();
        conn.write(2);
        conn.close();
      }
    } catch (IOException second) {
      conn.close();
    }
  }
}
