// The borrow is used only on the branch that does not move the owner.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanBorrowUsedOnOtherBranch {
  static void run(boolean c) {
    Res r = Res.open();
    @Borrowed Res b = r;
    if (c) {
      Sinks.consume(r);
    } else {
      b.use();
      r.close();
    }
  }
}
