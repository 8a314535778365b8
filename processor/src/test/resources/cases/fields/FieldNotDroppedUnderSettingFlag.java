// A field close() only reads is a setting, not an idempotence guard: the path it skips leaks.
import support.Res;

class FieldNotDroppedUnderSettingFlag {
  static final class Logger implements AutoCloseable {
    private boolean keepOpen;
    private final Res sink = new Res(); //~ ERROR field-not-dropped: 'sink'

    void keepOpen(boolean keep) {
      keepOpen = keep;
    }

    @Override
    public void close() {
      if (!keepOpen) {
        sink.close();
      }
    }
  }
}
