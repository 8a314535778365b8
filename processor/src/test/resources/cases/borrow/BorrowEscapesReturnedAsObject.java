// Returning a borrow from a method that is not @Borrowed (and whose result is not owned).
import support.Res;

class BorrowEscapesReturnedAsObject {
  static Object identity(Res r) {
    return r; //~ ERROR borrow-escapes: 'r'
  }
}
