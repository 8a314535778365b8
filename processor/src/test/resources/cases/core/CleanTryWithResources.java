// A try-with-resources declaration drops its resource on every path.
import java.io.IOException;
import support.Res;

class CleanTryWithResources {
  static void run() throws IOException {
    try (Res r = Res.open()) {
      r.write(1);
      if (r.read() > 0) {
        return;
      }
      r.use();
    }
  }
}
