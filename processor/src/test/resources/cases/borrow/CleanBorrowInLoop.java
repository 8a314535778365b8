// Each iteration creates an owner and a borrow of it; the borrow ends before the close.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowInLoop {
  static void run(int n) {
    for (int i = 0; i < n; i++) {
      Res a = Res.open();
      @Borrowed Res b = a.view();
      b.use();
      a.close();
    }
  }
}
