// The result of a @Borrowed method must not be passed to an @Owned parameter.
import support.Res;
import support.Sinks;

class MoveOfBorrowedViewConsumed {
  static void run() {
    Res r = Res.open();
    Sinks.consume(r.view()); //~ ERROR move-of-borrowed
    r.close();
  }
}
