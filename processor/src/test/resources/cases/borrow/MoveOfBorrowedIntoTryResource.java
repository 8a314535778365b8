// Declaring a try-with-resources resource from a borrowed parameter would drop the borrow.
import support.Res;

class MoveOfBorrowedIntoTryResource {
  static void run(Res r) {
    try (Res mine = r) { //~ ERROR move-of-borrowed: 'r'
      mine.use();
    }
  }
}
