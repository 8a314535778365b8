// Inside the lambda the captured owner is a borrow; storing it in a field escapes.
import support.Res;

class BorrowEscapesInsideLambdaBody {
  static Object last;

  static void run() {
    Res r = Res.open();
    Runnable keep = () -> last = r; //~ ERROR borrow-escapes: 'r'
    keep.run();
    r.close();
  }
}
