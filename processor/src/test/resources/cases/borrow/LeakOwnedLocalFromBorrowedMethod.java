// Returning an owned local from a @Borrowed method is not a move: the local leaks at the return.
import dev.custody.Borrowed;
import support.Res;

class LeakOwnedLocalFromBorrowedMethod {
  @Borrowed
  static Res make() {
    Res r = Res.open(); //~ ERROR leak: 'r'
    r.use();
    return r;
  }
}
