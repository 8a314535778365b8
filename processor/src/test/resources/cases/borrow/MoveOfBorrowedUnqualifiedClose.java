// An instance method of a tracked class that closes 'this' with an unqualified close() call.
import support.Res;

class MoveOfBorrowedUnqualifiedClose {
  static final class Conn extends Res {
    void fail() {
      close(); //~ ERROR move-of-borrowed: 'this'
    }
  }
}
