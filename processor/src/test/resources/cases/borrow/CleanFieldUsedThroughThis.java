// Owned fields read through 'this' may be used and passed to borrowing calls.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class CleanFieldUsedThroughThis {
  static final class Holder implements AutoCloseable {
    @Owned private final Res inner;

    Holder() {
      inner = Res.open();
    }

    int ping() {
      inner.use();
      Sinks.inspect(this.inner);
      return inner.view().read();
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
