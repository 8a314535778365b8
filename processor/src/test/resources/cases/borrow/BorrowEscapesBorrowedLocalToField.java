// A @Borrowed local stored in a field escapes.
import dev.custody.Borrowed;
import support.Res;

class BorrowEscapesBorrowedLocalToField {
  static Object last;

  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    last = b; //~ ERROR borrow-escapes: 'b'
    r.close();
  }
}
