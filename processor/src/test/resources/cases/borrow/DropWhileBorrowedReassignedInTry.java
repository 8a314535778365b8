// After 'v = b.view()' the borrow no longer involves 'a': only the drop of 'b' conflicts with the later use.
import dev.custody.Borrowed;
import support.Res;

class DropWhileBorrowedReassignedInTry {
  static void run() {
    Res a = Res.open();
    Res b = Res.open();
    @Borrowed Res v = a.view();
    try {
      v = b.view();
      a.close();
      b.close(); //~ ERROR move-while-borrowed: 'b'
    } finally {
      v.use();
    }
  }
}
