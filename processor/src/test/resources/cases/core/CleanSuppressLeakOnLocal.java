// @SuppressWarnings("custody:leak") on a local turns off the leak report for that local.
import support.Res;

class CleanSuppressLeakOnLocal {
  static void run() {
    @SuppressWarnings("custody:leak")
    Res r = Res.open();
    r.use();
  }
}
