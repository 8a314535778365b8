// A @Borrowed local cannot be moved; the owner stays responsible and closes it.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class MoveOfBorrowedLocal {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    Sinks.consume(b); //~ ERROR move-of-borrowed: 'b'
    r.close();
  }
}
