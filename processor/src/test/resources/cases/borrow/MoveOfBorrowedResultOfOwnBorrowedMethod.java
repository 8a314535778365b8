// The result of a @Borrowed method declared here is a borrow of its arguments: it cannot be moved.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class MoveOfBorrowedResultOfOwnBorrowedMethod {
  @Borrowed
  static Res first(Res a, Res b) {
    return a;
  }

  static void run() {
    Res x = Res.open("x");
    Res y = Res.open("y");
    Sinks.consume(first(x, y)); //~ ERROR move-of-borrowed
    y.close();
    x.close();
  }
}
