// A @Borrowed method result borrows from its receiver: closing the receiver before its last use.
import dev.custody.Borrowed;
import support.Res;

class DropWhileViewUsed {
  static void run() {
    Res r = Res.open();
    @Borrowed Res v = r.view();
    r.close(); //~ ERROR move-while-borrowed: 'v'
    v.use();
  }
}
