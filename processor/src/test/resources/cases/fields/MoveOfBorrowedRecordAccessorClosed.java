// Closing what a record accessor returns drops a value the record still owns.
import dev.custody.Owned;
import support.Res;

class MoveOfBorrowedRecordAccessorClosed {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      MoveOfBorrowedRecordAccessorClosed_Pair_DropGlue.drop(left, right);
    }
  }

  static void run() {
    try (Pair pair = new Pair(Res.open(), Res.open())) {
      pair.left().use();
      pair.left().close(); //~ ERROR move-of-borrowed
    }
  }
}
