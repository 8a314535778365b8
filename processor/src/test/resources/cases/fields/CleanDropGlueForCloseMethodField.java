// A tracked type with a close() of its own (not AutoCloseable) is dropped by the glue too.
import dev.custody.Owned;
import support.Res;

class CleanDropGlueForCloseMethodField {
  @Owned
  static final class Handle {
    static Handle acquire() {
      return new Handle();
    }

    void close() {}
  }

  static final class Session implements AutoCloseable {
    private final Res res = Res.open();
    private final Handle handle = Handle.acquire();

    @Override
    public void close() {
      CleanDropGlueForCloseMethodField_Session_DropGlue.drop(res, handle);
    }
  }

  static void run() {
    try (Session session = new Session()) {
      session.hashCode();
    }
  }
}
