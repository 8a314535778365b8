// openChecked() may throw after 'a' was opened; 'a' leaks on that path ('b' holds nothing then).
import java.io.IOException;
import support.Res;

class LeakWhenLaterOpenThrows {
  static void run() throws IOException {
    Res a = Res.open(); //~ ERROR leak: 'a'
    Res b = Res.openChecked();
    b.close();
    a.close();
  }
}
