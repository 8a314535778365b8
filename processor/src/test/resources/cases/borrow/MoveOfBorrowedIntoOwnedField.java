// Storing a borrowed parameter into an @Owned field would move the borrow.
import dev.custody.Owned;
import support.Res;

class MoveOfBorrowedIntoOwnedField {
  static final class Holder implements AutoCloseable {
    @Owned private final Res inner;

    Holder(Res r) {
      this.inner = r; //~ ERROR move-of-borrowed: 'r'
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
