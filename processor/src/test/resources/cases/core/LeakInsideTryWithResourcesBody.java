// The resource is safe, but 'b' leaks when write(..) throws.
import java.io.IOException;
import support.Res;

class LeakInsideTryWithResourcesBody {
  static void run() throws IOException {
    try (Res a = Res.open()) {
      Res b = Res.open(); //~ ERROR leak: 'b'
      a.write(1);
      b.close();
    }
  }
}
