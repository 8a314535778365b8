// Closing an owned field anywhere but in the class's own close() drops a borrow.
import dev.custody.Owned;
import support.Res;

class MoveOfBorrowedFieldClosedOutsideClose {
  static final class Holder implements AutoCloseable {
    @Owned private final Res inner;

    Holder(@Owned Res r) {
      inner = r;
    }

    void reset() {
      this.inner.close(); //~ ERROR move-of-borrowed: 'inner'
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
