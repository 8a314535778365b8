// Returning 'this' from a method whose result is owned would move the borrow.
import support.Res;

class MoveOfBorrowedThisReturned {
  static class Conn extends Res {
    Conn self() {
      return this; //~ ERROR move-of-borrowed: 'this'
    }
  }
}
