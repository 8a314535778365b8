// After super(..) took ownership of a value, a failing subclass constructor leaks what super stored.
import dev.custody.Owned;
import java.io.IOException;
import support.Res;

class LeakSubclassConstructorFailsAfterSuper {
  static class Base implements AutoCloseable {
    private final Res first;

    Base(@Owned Res first) {
      this.first = first;
    }

    @Override
    public void close() {
      if (first != null) {
        first.close();
      }
    }
  }

  static final class Derived extends Base {
    private final Res second;

    Derived() throws IOException {
      super(Res.open()); //~ ERROR leak
      second = Res.openChecked();
    }

    @Override
    public void close() {
      try {
        if (second != null) {
          second.close();
        }
      } finally {
        super.close();
      }
    }
  }
}
