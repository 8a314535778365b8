// The implicit close() of a try-with-resources may throw a checked exception: an exit for outer owners.
import dev.custody.Owned;
import java.io.IOException;
import support.Res;

class LeakWhenResourceCloseThrows {
  @Owned
  static final class Conn implements AutoCloseable {
    void send() {}

    @Override
    public void close() throws IOException {}
  }

  static void run() throws IOException {
    Res outer = Res.open(); //~ ERROR leak: 'outer'
    try (Conn c = new Conn()) {
      c.send();
    }
    outer.close();
  }

  static void explicit() throws IOException {
    Res outer = Res.open(); //~ ERROR leak: 'outer'
    Conn c = new Conn();
    c.send();
    c.close();
    outer.close();
  }
}
