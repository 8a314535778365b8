// 'this' of a tracked class is a borrow: registering it in a static field escapes.
import support.Res;

class BorrowEscapesThisStored {
  static Object registry;

  static class Conn extends Res {
    void register() {
      registry = this; //~ ERROR borrow-escapes: 'this'
    }
  }
}
