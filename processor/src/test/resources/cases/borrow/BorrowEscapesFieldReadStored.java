// An owned field read through 'this' is a borrow: storing it in a static field escapes.
import dev.custody.Owned;
import support.Res;

class BorrowEscapesFieldReadStored {
  static Object last;

  static final class Holder implements AutoCloseable {
    @Owned private final Res inner;

    Holder(@Owned Res r) {
      inner = r;
    }

    void publish() {
      last = inner; //~ ERROR borrow-escapes: 'inner'
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
