// The success-flag factory idiom: finally closes the value only when it was not handed out.
import java.io.IOException;
import support.Res;

class CleanSuccessFlagFactory {
  static Res create() throws IOException {
    Res r = Res.openChecked();
    boolean ok = false;
    try {
      r.write(1);
      ok = true;
      return r;
    } finally {
      if (!ok) {
        r.close();
      }
    }
  }
}
