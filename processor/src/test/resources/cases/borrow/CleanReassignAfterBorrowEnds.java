// After the borrow ends the owner may be closed and assigned a new value.
import dev.custody.Borrowed;
import support.Res;

class CleanReassignAfterBorrowEnds {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    b.use();
    r.close();
    r = Res.open();
    r.use();
    r.close();
  }
}
