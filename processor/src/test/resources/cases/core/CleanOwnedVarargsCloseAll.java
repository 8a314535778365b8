// A closeAll helper that takes ownership of every argument through @Owned varargs.
import dev.custody.Owned;
import support.Res;

class CleanOwnedVarargsCloseAll {
  static void closeAll(@Owned Res... resources) {
    for (Res r : resources) {
      if (r != null) {
        r.close();
      }
    }
  }

  static void run() {
    Res a = Res.open();
    Res b = Res.open();
    a.use();
    closeAll(a, b);
  }
}
