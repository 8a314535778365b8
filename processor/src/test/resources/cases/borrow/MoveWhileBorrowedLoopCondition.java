// The loop condition uses the borrow again after the body moved its owner.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class MoveWhileBorrowedLoopCondition {
  static void run(int n) {
    Res a = Res.open();
    @Borrowed Res b = a;
    while (b.read() < n) {
      Sinks.consume(a); //~ ERROR move-while-borrowed: 'b'
      a = Res.open();
    }
    a.close();
  }
}
