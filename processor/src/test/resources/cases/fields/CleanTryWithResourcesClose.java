// try (a; b) {} drops both final fields, null-safe, and b even when closing a throws.
import support.Res;

class CleanTryWithResourcesClose implements AutoCloseable {
  private final Res a;
  private final Res b;

  CleanTryWithResourcesClose() {
    this.a = Res.open();
    this.b = Res.open();
  }

  @Override
  public void close() {
    try (a; b) {
      // nothing else to do: both are closed on the way out
    }
  }
}
