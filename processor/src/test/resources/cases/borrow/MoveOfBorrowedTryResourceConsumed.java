// The variable of a try-with-resources only borrows: moving it out is move-of-borrowed.
import support.Res;
import support.Sinks;

class MoveOfBorrowedTryResourceConsumed {
  static void run() {
    try (Res r = Res.open()) {
      Sinks.consume(r); //~ ERROR move-of-borrowed: 'r'
    }
  }
}
