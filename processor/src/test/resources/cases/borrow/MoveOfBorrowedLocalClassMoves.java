// A method of a local class sees a captured owner as a borrow.
import support.Res;
import support.Sinks;

class MoveOfBorrowedLocalClassMoves {
  static void run() {
    Res r = Res.open();
    class Giver {
      void give() {
        Sinks.consume(r); //~ ERROR move-of-borrowed: 'r'
      }
    }
    new Giver().give();
    r.close();
  }
}
