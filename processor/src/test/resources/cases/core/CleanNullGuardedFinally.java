// The null-guarded close in finally is clean: on the null branch 'r' holds nothing.
import java.io.IOException;
import support.Res;

class CleanNullGuardedFinally {
  static void run() throws IOException {
    Res r = null;
    try {
      r = Res.openChecked();
      r.write(3);
    } finally {
      if (r != null) {
        r.close();
      }
    }
  }
}
