// Template-method close(): the base class's final close() calls a hook that drops the subclass's fields.
import support.Res;

class CleanTemplateMethodClose {
  abstract static class Service implements AutoCloseable {
    private boolean closed;

    @Override
    public final void close() {
      if (!closed) {
        closed = true;
        doClose();
      }
    }

    protected abstract void doClose();
  }

  static final class Cache extends Service {
    private final Res store = Res.open();

    int size() {
      return store.read();
    }

    @Override
    protected void doClose() {
      store.close();
    }
  }

  static int run() {
    try (Cache c = new Cache()) {
      return c.size();
    }
  }
}
