// 'log' is dropped only when 'flush' is set.
import support.Res;

class FieldNotDroppedOnSomePaths implements AutoCloseable {
  private final boolean flush;
  private final Res log = Res.open(); //~ ERROR field-not-dropped: 'log'

  FieldNotDroppedOnSomePaths(boolean flush) {
    this.flush = flush;
  }

  @Override
  public void close() {
    if (flush && log != null) {
      log.use();
      log.close();
    }
  }
}
