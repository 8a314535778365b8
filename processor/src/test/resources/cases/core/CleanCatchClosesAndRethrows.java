// The catch closes 'r' before rethrowing; the normal path closes it after the try.
import java.io.IOException;
import support.Res;

class CleanCatchClosesAndRethrows {
  static void run() throws IOException {
    Res r = Res.open();
    try {
      r.write(7);
    } catch (IOException e) {
      r.close();
      throw e;
    }
    r.close();
  }
}
