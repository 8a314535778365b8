// The owner is moved while the @Borrowed local 'b' is still used later; reported at the move.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class MoveWhileBorrowedLocal {
  static void run() {
    Res r = Res.open();
    @Borrowed Res b = r;
    Sinks.consume(r); //~ ERROR move-while-borrowed: 'b'
    b.use();
  }
}
