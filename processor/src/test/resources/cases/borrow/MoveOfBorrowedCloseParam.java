// A parameter of a tracked type is a borrow: the callee must not close it.
import support.Res;

class MoveOfBorrowedCloseParam {
  static void finish(Res r) {
    r.use();
    r.close(); //~ ERROR move-of-borrowed: 'r'
  }
}
