// A method result cannot be both @Owned and @Borrowed.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Res;

class InvalidOwnedAndBorrowedMethod {
  interface Api {
    @Owned @Borrowed Res get(); //~ ERROR invalid-annotation
  }
}
