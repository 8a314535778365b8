// An idempotent close(): a closed flag guards the drops, so a second close() does nothing.
import java.util.concurrent.atomic.AtomicBoolean;
import support.Res;

class CleanIdempotentClose {
  static final class Guarded implements AutoCloseable {
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Res res = new Res();

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        res.close();
      }
    }
  }

  static final class Flagged implements AutoCloseable {
    private boolean closed;
    private final Res res = new Res();

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      res.close();
    }
  }
}
