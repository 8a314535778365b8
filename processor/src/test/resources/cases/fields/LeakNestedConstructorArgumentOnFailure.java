// Decorator chains: when the outer constructor fails, the inner value it was given is still the caller's and leaks.
import dev.custody.Owned;
import java.io.IOException;
import support.Res;

class LeakNestedConstructorArgumentOnFailure {
  static final class Buffered implements AutoCloseable {
    private final Res inner;

    Buffered(@Owned Res inner) throws IOException {
      this.inner = inner;
      this.inner.write(0);
    }

    int read() {
      return inner.read();
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }

  static int run() throws IOException {
    try (Buffered b = new Buffered(Res.open())) { //~ ERROR leak
      return b.read();
    }
  }
}
