// The second field is dropped in a finally block, so also when dropping the first throws.
import support.Res;

class CleanTryFinallyClosesBothFields implements AutoCloseable {
  private Res first = Res.open();
  private Res second = Res.open();

  void work() {
    first.use();
    second.use();
  }

  @Override
  public void close() {
    try {
      if (first != null) {
        first.close();
      }
    } finally {
      if (second != null) {
        second.close();
      }
    }
  }
}
