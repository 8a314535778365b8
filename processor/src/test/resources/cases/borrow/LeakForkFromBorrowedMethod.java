// fork() returns a fresh owned value; handing it out as a borrow leaks it.
import dev.custody.Borrowed;
import support.Res;

class LeakForkFromBorrowedMethod {
  @Borrowed
  static Res derived(Res r) {
    return r.fork(); //~ ERROR leak
  }
}
