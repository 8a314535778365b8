// Returning the try-with-resources variable from a method with an owned result moves a borrow.
import support.Res;

class MoveOfBorrowedTryResourceReturned {
  static Res make() {
    try (Res r = Res.open()) {
      r.use();
      return r; //~ ERROR move-of-borrowed: 'r'
    }
  }
}
