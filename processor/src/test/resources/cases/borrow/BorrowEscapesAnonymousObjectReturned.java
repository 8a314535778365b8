// An anonymous object capturing a borrow, returned from the method (declared on one line).
import support.Res;

class BorrowEscapesAnonymousObjectReturned {
  static Runnable later(Res r) {
    return new Runnable() { @Override public void run() { r.use(); } }; //~ ERROR borrow-escapes: 'r'
  }
}
