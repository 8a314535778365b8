// Accessors of @Owned components return borrows: use them, pass them on, never close them.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class CleanRecordAccessorIsABorrow {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      CleanRecordAccessorIsABorrow_Pair_DropGlue.drop(left, right);
    }
  }

  static int sum(Pair pair) {
    Sinks.inspect(pair.left());
    Sinks.inspectBoth(pair.left(), pair.right());
    return pair.left().read() + pair.right().view().read();
  }

  static int run() {
    try (Pair pair = new Pair(Res.open(), Res.open())) {
      return sum(pair);
    }
  }
}
