// close() on values Custody does not track is ordinary code: an untracked class closing itself,
// a superclass's close(), a stream parameter nobody annotated.
import java.io.IOException;
import java.io.InputStream;

class CleanCloseOfUntrackedValues {
  static class Breaker implements AutoCloseable {
    @Override
    public void close() {}

    void shutdown() {
      close();
    }
  }

  static final class CountingBreaker extends Breaker {
    @Override
    public void close() {
      super.close();
    }
  }

  static void drain(InputStream in) throws IOException {
    in.read();
    in.close();
  }
}
