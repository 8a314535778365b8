// The canonical constructor takes ownership of @Owned components; the record drops them.
import dev.custody.Owned;
import support.Res;

class CleanRecordCanonicalTakesOwnership {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      CleanRecordCanonicalTakesOwnership_Pair_DropGlue.drop(left, right);
    }
  }

  static void run() {
    Res a = Res.open();
    Res b = Res.open();
    try (Pair pair = new Pair(a, b)) {
      pair.left().use();
    }
  }
}
