// A local owner moved into an owned field in the constructor; the local is not used again.
import support.Res;

class CleanStoreFromOwnerLocal implements AutoCloseable {
  private final Res inner;

  CleanStoreFromOwnerLocal() {
    Res r = Res.open();
    r.use();
    this.inner = r;
  }

  void ping() {
    inner.use();
  }

  @Override
  public void close() {
    CleanStoreFromOwnerLocal_DropGlue.drop(inner);
  }
}
