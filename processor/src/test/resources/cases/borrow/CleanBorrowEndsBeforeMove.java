// The borrow's last use comes before the move: clean (non-lexical lifetimes).
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanBorrowEndsBeforeMove {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    b.use();
    Sinks.inspect(b);
    Sinks.consume(r);
  }
}
