// Values stored by field initializers leak when a later initializer fails (initializers are not yet
// analysed as part of the constructor's flow).
import java.io.IOException;
import support.Res;

class LeakFieldInitializerThenFailingInitializer {
  static final class Pair implements AutoCloseable {
    private final Res first = Res.open(); //~ ERROR leak
    private final Res second = Res.openChecked();

    Pair() throws IOException {}

    @Override
    public void close() {
      try (Res a = first; Res b = second) {
        // both
      }
    }
  }
}
