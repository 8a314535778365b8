// Storing a borrow in an instance field of an ordinary class lets it outlive its owner.
import support.Res;

class BorrowEscapesToInstanceField {
  private Object current;

  void remember(Res r) {
    r.use();
    this.current = r; //~ ERROR borrow-escapes: 'r'
  }

  Object current() {
    return current;
  }
}
