// Returning a borrow from a method whose result is owned would move it to the caller.
import support.Res;

class MoveOfBorrowedParamReturned {
  static Res same(Res r) {
    return r; //~ ERROR move-of-borrowed: 'r'
  }
}
