// A borrow used in every iteration; the owner is closed after the loop.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowUsedAcrossIterations {
  static int run(int n) {
    Res r = Res.open();
    @Borrowed Res b = r;
    int sum = 0;
    for (int i = 0; i < n; i++) {
      sum += b.read();
    }
    r.close();
    return sum;
  }
}
