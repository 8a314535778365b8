// Assigning an owned field under a null check cannot overwrite a live value.
import support.Res;

class CleanAssignOnlyWhenNull implements AutoCloseable {
  private Res cache;

  int read() {
    if (cache == null) {
      cache = Res.open();
    }
    return cache.read();
  }

  @Override
  public void close() {
    if (cache != null) {
      cache.close();
    }
  }
}
