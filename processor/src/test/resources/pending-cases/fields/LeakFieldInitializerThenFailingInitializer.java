// Values stored by field initializers leak when the constructor (or a later initializer) then fails.
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakFieldInitializerThenFailingInitializer {
  static final class Conn implements AutoCloseable {
    private final Res buffer = Res.open(); //~ ERROR leak

    Conn() throws IOException {
      Sinks.mayFail();
    }

    @Override
    public void close() {
      if (buffer != null) {
        buffer.close();
      }
    }
  }

  static final class Pair implements AutoCloseable {
    private final Res first = Res.open(); //~ ERROR leak
    private final Res second = Res.openChecked();

    Pair() throws IOException {}

    @Override
    public void close() {
      try (Res a = first; Res b = second) {
        // both
      }
    }
  }

  static final class Checked implements AutoCloseable {
    private final Res buffer = Res.open(); //~ ERROR leak
    private final int size;

    Checked(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("size " + size);
      }
      this.size = size;
    }

    @Override
    public void close() {
      if (buffer != null) {
        buffer.close();
      }
    }
  }
}
