// A @Borrowed accessor of a tracked class must return a borrow, not a fresh value.
import dev.custody.Borrowed;
import support.Res;

class LeakFreshFromBorrowedInstanceMethod {
  static class Conn extends Res {
    @Borrowed
    Res peer() {
      return new Res(); //~ ERROR leak
    }
  }
}
