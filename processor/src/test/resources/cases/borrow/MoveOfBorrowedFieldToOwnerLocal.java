// Copying an owned field into an owner local would move it out of 'this'.
import dev.custody.Owned;
import support.Res;

class MoveOfBorrowedFieldToOwnerLocal {
  static final class Holder implements AutoCloseable {
    @Owned private final Res inner;

    Holder(@Owned Res r) {
      inner = r;
    }

    Res take() {
      Res out = this.inner; //~ ERROR move-of-borrowed: 'inner'
      return out;
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
