// @SuppressWarnings("custody:double-drop") on a method turns off that kind inside it.
import support.Res;

class CleanSuppressKindOnMethod {
  @SuppressWarnings("custody:double-drop")
  static void run() {
    Res r = Res.open();
    r.close();
    r.close();
  }
}
