// A @Borrowed result stored in an array escapes, even though the owner is closed correctly.
import support.Res;

class BorrowEscapesOwnerViewToArray {
  static void run(Object[] slots) {
    Res r = Res.open();
    slots[0] = r.view(); //~ ERROR borrow-escapes
    r.close();
  }
}
