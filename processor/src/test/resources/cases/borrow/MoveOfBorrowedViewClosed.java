// The result of a @Borrowed method must not be closed.
import support.Res;

class MoveOfBorrowedViewClosed {
  static void run() {
    Res r = Res.open();
    r.view().close(); //~ ERROR move-of-borrowed
    r.close();
  }
}
