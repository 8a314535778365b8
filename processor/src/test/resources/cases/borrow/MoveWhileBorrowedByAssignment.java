// Moving the owner into another owner while the borrow is used later.
import dev.custody.Borrowed;
import support.Res;

class MoveWhileBorrowedByAssignment {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    Res s = r; //~ ERROR move-while-borrowed: 'b'
    b.use();
    s.close();
  }
}
