// Passing the borrow to a call after the owner was closed is a later use.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class DropWhileBorrowPassedLater {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r.view();
    r.close(); //~ ERROR move-while-borrowed: 'b'
    Sinks.inspect(b);
  }
}
