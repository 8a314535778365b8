// @SuppressWarnings("custody:leak") on a class turns off leak reports in all its methods.
import support.Res;

@SuppressWarnings("custody:leak")
class CleanSuppressKindOnClass {
  static void run() {
    Res r = Res.open();
    r.use();
  }

  static void discard() {
    Res.open();
  }
}
