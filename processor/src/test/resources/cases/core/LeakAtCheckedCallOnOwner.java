// The owner's own write(..) may throw a checked exception before close() is reached.
import java.io.IOException;
import support.Res;

class LeakAtCheckedCallOnOwner {
  static void run() throws IOException {
    Res r = Res.open(); //~ ERROR leak: 'r'
    r.write(42);
    r.close();
  }
}
