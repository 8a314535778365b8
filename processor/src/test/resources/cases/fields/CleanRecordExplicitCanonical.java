// An explicit (non-compact) canonical constructor takes ownership of @Owned components too.
import dev.custody.Owned;
import support.Res;

class CleanRecordExplicitCanonical {
  record Channel(@Owned Res in, String name) implements AutoCloseable {
    Channel(Res in, String name) {
      this.in = in;
      this.name = name.trim();
    }

    @Override
    public void close() {
      if (in != null) {
        in.close();
      }
    }
  }

  static void run() {
    Res r = Res.open();
    try (Channel c = new Channel(r, " x ")) {
      c.in().use();
    }
  }
}
