// A method reference capturing a local owner, stored in a field, escapes although 'r' is closed.
import support.Res;

class BorrowEscapesMethodRefOfOwnerStored {
  static Runnable hook;

  static void install() {
    Res r = Res.open();
    hook = r::use; //~ ERROR borrow-escapes: 'r'
    r.close();
  }
}
