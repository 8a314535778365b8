// Inside a lambda a captured owner is a borrow: the lambda must not move it.
import support.Res;
import support.Sinks;

class MoveOfBorrowedLambdaMovesCapture {
  static void run() {
    Res r = Res.open();
    Runnable give = () -> Sinks.consume(r); //~ ERROR move-of-borrowed: 'r'
    give.run();
    r.close();
  }
}
