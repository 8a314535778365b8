// A @Borrowed view used only before its owner is closed.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowEndsBeforeDrop {
  static int run() {
    Res r = Res.open();
    @Borrowed Res v = r.view();
    int n = v.read();
    r.close();
    return n;
  }
}
