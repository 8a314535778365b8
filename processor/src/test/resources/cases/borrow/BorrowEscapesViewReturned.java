// Returning a @Borrowed result from a method that is not @Borrowed.
import support.Res;

class BorrowEscapesViewReturned {
  static Object peek(Res r) {
    return r.view(); //~ ERROR borrow-escapes
  }
}
