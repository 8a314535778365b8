// Inside a lambda a captured owner is a borrow: the lambda must not close it.
import support.Res;

class MoveOfBorrowedLambdaClosesCapture {
  static void run() {
    Res r = Res.open();
    Runnable finish = () -> r.close(); //~ ERROR move-of-borrowed: 'r'
    finish.run();
    r.close();
  }
}
