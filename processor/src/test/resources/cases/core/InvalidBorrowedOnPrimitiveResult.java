// @Borrowed on a method returning a primitive means nothing.
import dev.custody.Borrowed;
import support.Res;

class InvalidBorrowedOnPrimitiveResult {
  @Borrowed static int size(Res r) { //~ ERROR invalid-annotation
    return r.read();
  }
}
