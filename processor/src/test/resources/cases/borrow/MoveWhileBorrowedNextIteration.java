// The borrow 'b' of the first value is used in the next iteration, after that value was moved.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class MoveWhileBorrowedNextIteration {
  static void run(int n) {
    Res a = Res.open();
    @Borrowed Res b = a;
    for (int i = 0; i < n; i++) {
      b.use();
      Sinks.consume(a); //~ ERROR move-while-borrowed: 'b'
      a = Res.open();
    }
    a.close();
  }
}
