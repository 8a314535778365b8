// A lazily opened field: close() checks for null before dropping it.
import support.Res;

class CleanNullTolerantClose implements AutoCloseable {
  private Res lazy;

  void start() {
    if (lazy == null) {
      lazy = Res.open();
    }
    lazy.use();
  }

  @Override
  public void close() {
    if (lazy != null) {
      lazy.close();
    }
  }
}
