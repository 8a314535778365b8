// A local of a tracked type is an owner: initialising it from a @Borrowed result moves the borrow.
import support.Res;

class MoveOfBorrowedViewIntoOwnerLocal {
  static void run() {
    Res r = Res.open();
    Res v = r.view(); //~ ERROR move-of-borrowed
    v.use();
    v.close();
    r.close();
  }
}
