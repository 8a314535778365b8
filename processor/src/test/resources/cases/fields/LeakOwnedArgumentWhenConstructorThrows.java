// Ownership passes to a constructor only when it returns normally: on its exception the caller still owns the value.
import dev.custody.Owned;
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakOwnedArgumentWhenConstructorThrows {
  static final class Session implements AutoCloseable {
    private final Res conn;
    private final Res log;

    Session(@Owned Res conn) throws IOException {
      this.conn = conn;
      this.log = Res.openChecked();
    }

    @Override
    public void close() {
      try (Res c = conn; Res l = log) {
        // both
      }
    }
  }

  static void leaks() throws IOException {
    Res conn = Res.open(); //~ ERROR leak: 'conn'
    try (Session s = new Session(conn)) {
      Sinks.log(s);
    }
  }

  static Session cleansUp() throws IOException {
    Res conn = Res.open();
    try {
      return new Session(conn);
    } catch (IOException e) {
      conn.close();
      throw e;
    }
  }
}
