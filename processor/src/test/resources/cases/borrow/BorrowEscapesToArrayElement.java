// Storing a borrow in an array element lets it outlive its owner.
import support.Res;

class BorrowEscapesToArrayElement {
  static void fill(Res r, Object[] slots) {
    slots[0] = r; //~ ERROR borrow-escapes: 'r'
  }
}
