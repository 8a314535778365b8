// A record accessor returns a borrow: storing it into an owned field would move it.
import dev.custody.Owned;
import support.Res;

class MoveOfBorrowedAccessorIntoOwnedField {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      MoveOfBorrowedAccessorIntoOwnedField_Pair_DropGlue.drop(left, right);
    }
  }

  static final class Holder implements AutoCloseable {
    private final Res kept;

    Holder(Pair pair) {
      this.kept = pair.left(); //~ ERROR move-of-borrowed
    }

    @Override
    public void close() {
      MoveOfBorrowedAccessorIntoOwnedField_Holder_DropGlue.drop(kept);
    }
  }
}
