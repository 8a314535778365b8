// Values stored by field initializers leak when the constructor body then fails.
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakFieldInitializerThenFailingConstructor {
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
