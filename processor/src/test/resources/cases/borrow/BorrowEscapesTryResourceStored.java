// The try-with-resources variable is a borrow: storing it in a static field escapes.
import support.Res;

class BorrowEscapesTryResourceStored {
  static Object last;

  static void run() {
    try (Res r = Res.open()) {
      last = r; //~ ERROR borrow-escapes: 'r'
    }
  }
}
