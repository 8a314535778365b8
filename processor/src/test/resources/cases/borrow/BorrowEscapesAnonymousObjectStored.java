// An anonymous object capturing an owner, stored in a static field (declared on one line).
import support.Res;

class BorrowEscapesAnonymousObjectStored {
  static Runnable hook;

  static void install() {
    Res r = Res.open();
    hook = new Runnable() { @Override public void run() { r.use(); } }; //~ ERROR borrow-escapes: 'r'
    r.close();
  }
}
