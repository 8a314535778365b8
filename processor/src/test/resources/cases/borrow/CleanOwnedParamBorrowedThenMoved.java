// An @Owned parameter borrowed for a while, then moved on after the borrow's last use.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class CleanOwnedParamBorrowedThenMoved {
  static void pass(@Owned Res r) {
    @Borrowed Res b = r.view();
    b.use();
    Sinks.consume(r);
  }
}
