// @Borrowed on a parameter of a primitive type means nothing.
import dev.custody.Borrowed;

class InvalidBorrowedOnPrimitiveParam {
  static int twice(@Borrowed int x) { //~ ERROR invalid-annotation
    return 2 * x;
  }
}
