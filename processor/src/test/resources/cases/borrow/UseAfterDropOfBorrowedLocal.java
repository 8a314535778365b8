// Closing the owner with no later use of the borrow is fine; using the owner itself afterwards is not.
import dev.custody.Borrowed;
import support.Res;

class UseAfterDropOfBorrowedLocal {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    b.use();
    r.close();
    r.use(); //~ ERROR use-after-drop: 'r'
  }
}
