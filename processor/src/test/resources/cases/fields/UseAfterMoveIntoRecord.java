// The canonical constructor takes ownership: 'a' is moved into the record.
import dev.custody.Owned;
import support.Res;

class UseAfterMoveIntoRecord {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      UseAfterMoveIntoRecord_Pair_DropGlue.drop(left, right);
    }
  }

  static void run() {
    Res a = Res.open();
    try (Pair pair = new Pair(a, Res.open())) {
      pair.right().use();
      a.use(); //~ ERROR use-after-move: 'a'
    }
  }
}
