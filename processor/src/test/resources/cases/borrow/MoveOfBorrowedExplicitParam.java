// An explicitly @Borrowed parameter must not be closed either.
import dev.custody.Borrowed;
import support.Res;

class MoveOfBorrowedExplicitParam {
  static void finish(@Borrowed Res r) {
    r.close(); //~ ERROR move-of-borrowed: 'r'
  }
}
