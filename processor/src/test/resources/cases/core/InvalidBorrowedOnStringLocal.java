// @Borrowed on a local whose type has no close() and is not tracked means nothing.
import dev.custody.Borrowed;

class InvalidBorrowedOnStringLocal {
  static int run() {
    @Borrowed String s = "text"; //~ ERROR invalid-annotation
    return s.length();
  }
}
