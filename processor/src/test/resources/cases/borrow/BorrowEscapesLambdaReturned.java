// A lambda capturing a borrow, returned from the method, outlives the call.
import support.Res;

class BorrowEscapesLambdaReturned {
  static Runnable later(Res r) {
    return () -> r.use(); //~ ERROR borrow-escapes: 'r'
  }
}
