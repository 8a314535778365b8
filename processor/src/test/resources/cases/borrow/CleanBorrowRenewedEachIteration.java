// The owner is replaced in every iteration and a new borrow is taken from each new value.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanBorrowRenewedEachIteration {
  static void run(int n) {
    Res a = Res.open();
    for (int i = 0; i < n; i++) {
      @Borrowed Res b = a.view();
      b.use();
      Sinks.consume(a);
      a = Res.open();
    }
    a.close();
  }
}
