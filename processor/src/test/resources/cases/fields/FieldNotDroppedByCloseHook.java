// A template-method close hook is held to close()'s rules: it must drop every owned field.
import support.Res;

class FieldNotDroppedByCloseHook {
  abstract static class Service implements AutoCloseable {
    @Override
    public final void close() {
      doClose();
    }

    protected abstract void doClose();
  }

  static final class Pair extends Service {
    private final Res left = Res.open();
    private final Res right = Res.open(); //~ ERROR field-not-dropped: 'right'

    @Override
    protected void doClose() {
      try (Res l = left) {
        l.use();
      }
    }
  }
}
