// Passing a moved owner to a borrowing parameter is a use after move.
import support.Res;
import support.Sinks;

class UseAfterMoveAsBorrowedArgument {
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    Sinks.inspect(r); //~ ERROR use-after-move: 'r'
  }
}
