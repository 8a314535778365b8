// An owner that may be null is closed under a null check, or the method returns when it is null.
import support.Res;

class CleanNullCheckedOwner {
  static void run(boolean c) {
    Res r = c ? Res.open() : null;
    if (r != null) {
      r.close();
    }
    Res s = c ? null : Res.open();
    if (s == null) {
      return;
    }
    s.use();
    s.close();
  }
}
