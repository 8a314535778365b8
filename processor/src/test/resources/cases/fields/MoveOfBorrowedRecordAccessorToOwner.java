// Keeping a record accessor's result in an owner local would move the component out.
import dev.custody.Owned;
import support.Res;

class MoveOfBorrowedRecordAccessorToOwner {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      MoveOfBorrowedRecordAccessorToOwner_Pair_DropGlue.drop(left, right);
    }
  }

  static void run(Pair pair) {
    Res left = pair.left(); //~ ERROR move-of-borrowed
    left.use();
    left.close();
  }
}
