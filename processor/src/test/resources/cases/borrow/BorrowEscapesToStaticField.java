// Storing a borrow in a static field lets it outlive its owner.
import support.Res;

class BorrowEscapesToStaticField {
  static Object last;

  static void remember(Res r) {
    last = r; //~ ERROR borrow-escapes: 'r'
  }
}
