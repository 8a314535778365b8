// A method of an anonymous class sees a captured owner as a borrow.
import support.Res;

class MoveOfBorrowedAnonymousClassCloses {
  static void run() {
    Res r = Res.open();
    Runnable finish =
        new Runnable() {
          @Override
          public void run() {
            r.close(); //~ ERROR move-of-borrowed: 'r'
          }
        };
    finish.run();
    r.close();
  }
}
