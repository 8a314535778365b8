// A parameter cannot be both @Owned and @Borrowed.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Res;

class InvalidOwnedAndBorrowedParam {
  interface Api {
    void take(@Owned @Borrowed Res r); //~ ERROR invalid-annotation
  }
}
