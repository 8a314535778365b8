// The later use is on one path only: that is enough for the error.
import dev.custody.Borrowed;
import support.Res;

class DropWhileBorrowUsedOnOnePath {
  static void run(boolean c) {
    Res r = Res.open();
    @Borrowed Res b = r;
    r.close(); //~ ERROR move-while-borrowed: 'b'
    if (c) {
      b.use();
    }
  }
}
