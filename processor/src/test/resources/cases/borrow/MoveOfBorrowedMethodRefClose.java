// 'r::close' is a method reference that would drop a captured owner.
import support.Res;

class MoveOfBorrowedMethodRefClose {
  static void run() {
    Res r = Res.open();
    Runnable finish = r::close; //~ ERROR move-of-borrowed: 'r'
    finish.run();
    r.close();
  }
}
