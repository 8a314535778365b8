// A fresh value evaluated as an argument leaks when a later argument throws a checked exception.
import dev.custody.Owned;
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakArgumentWhenLaterArgumentThrows {
  record Pair(@Owned Res left, @Owned Res right) implements AutoCloseable {
    @Override
    public void close() {
      try (Res l = left; Res r = right) {
        // both
      }
    }
  }

  static void call() throws IOException {
    Sinks.consumeBoth(Res.open(), Res.openChecked()); //~ ERROR leak
  }

  static void construct() throws IOException {
    try (Pair p = new Pair(
        Res.open("left"), //~ ERROR leak
        Res.openChecked())) {
      p.left().use();
    }
  }
}
