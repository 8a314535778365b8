// A @Borrowed method may return a @Borrowed result derived from its parameter.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowedMethodReturnsView {
  @Borrowed
  static Res peek(Res r) {
    return r.view();
  }
}
