// A @Borrowed method of a tracked class may return 'this' and its owned fields.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Res;

class CleanBorrowedThisReturned {
  static final class Pair implements AutoCloseable {
    @Owned private final Res left;

    Pair(@Owned Res left) {
      this.left = left;
    }

    @Borrowed
    Pair self() {
      return this;
    }

    @Borrowed
    Res left() {
      return left;
    }

    @Override
    public void close() {
      if (left != null) {
        left.close();
      }
    }
  }
}
