// The result of a @Borrowed method is not owned: discarding it or using a temporary is fine.
import support.Res;

class CleanBorrowedResultNotOwned {
  static void run() {
    Res r = Res.open();
    r.view();
    r.view().use();
    r.close();
  }
}
