// An idempotence guard excuses only the "closed already" path: the real path must still drop every field.
import support.Res;

class FieldNotDroppedBehindIdempotenceGuard {
  static final class Half implements AutoCloseable {
    private boolean closed;
    private final Res first = new Res();
    private final Res second = new Res(); //~ ERROR field-not-dropped: 'second'

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      first.close();
    }
  }
}
