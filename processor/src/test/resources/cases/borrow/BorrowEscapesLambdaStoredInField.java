// A lambda capturing a borrow, stored in a static field, keeps the borrow alive.
import support.Res;

class BorrowEscapesLambdaStoredInField {
  static Runnable hook;

  static void install(Res r) {
    hook = () -> r.use(); //~ ERROR borrow-escapes: 'r'
  }
}
