// A @Borrowed method returning a fresh owned value: nobody would drop it (reported as leak).
import dev.custody.Borrowed;
import support.Res;

class LeakFreshFromBorrowedMethod {
  @Borrowed
  static Res make() {
    return Res.open(); //~ ERROR leak
  }
}
