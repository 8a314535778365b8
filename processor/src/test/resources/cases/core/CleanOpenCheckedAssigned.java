// If openChecked() throws, 'r' never held a value: no leak at that exit.
import java.io.IOException;
import support.Res;

class CleanOpenCheckedAssigned {
  static void run() throws IOException {
    Res r = Res.openChecked();
    r.close();
  }
}
