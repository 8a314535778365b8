// 'try (r) {..}' on an existing owner drops it at the end of the statement.
import java.io.IOException;
import support.Res;

class CleanTryExisting {
  static void run() throws IOException {
    Res r = Res.open();
    try (r) {
      r.write(2);
    }
  }
}
