// A field read through 'this' is a borrow outside close(): it cannot be moved out.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class MoveOfBorrowedFieldThroughThis {
  static final class Holder implements AutoCloseable {
    @Owned private final Res inner;

    Holder() {
      inner = Res.open();
    }

    void handOff() {
      Sinks.consume(inner); //~ ERROR move-of-borrowed: 'inner'
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
