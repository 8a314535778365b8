// The owner is closed while the @Borrowed local is still used later; the message names line 11.
import dev.custody.Borrowed;
import support.Res;

class DropWhileBorrowedLocal {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    b.use();
    r.close(); //~ ERROR move-while-borrowed: 'r'
    b.read();
  }
}
