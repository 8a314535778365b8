// A borrow of a borrow still depends on the owner.
import dev.custody.Borrowed;
import support.Res;

class DropWhileBorrowedTransitively {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b1 = r;
    @Borrowed Res b2 = b1.view();
    r.close(); //~ ERROR move-while-borrowed: 'b2'
    b2.use();
  }
}
