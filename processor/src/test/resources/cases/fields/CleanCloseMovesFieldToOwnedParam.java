// close() may hand an owned field over to an @Owned parameter instead of closing it itself.
import support.Res;
import support.Sinks;

class CleanCloseMovesFieldToOwnedParam implements AutoCloseable {
  private final Res inner = Res.open();

  void ping() {
    inner.use();
  }

  @Override
  public void close() {
    if (inner != null) {
      Sinks.consume(inner);
    }
  }
}
