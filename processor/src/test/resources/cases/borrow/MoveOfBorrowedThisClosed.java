// Closing 'this' from an ordinary instance method drops a borrow.
import support.Res;

class MoveOfBorrowedThisClosed {
  static class Conn extends Res {
    void finish() {
      use();
      this.close(); //~ ERROR move-of-borrowed: 'this'
    }
  }
}
