// Bindings of switch patterns (type and record patterns) borrow the selector, like instanceof bindings (JDK 21+).
import support.Res;
import support.Sinks;
import support.SubRes;

class MoveOfBorrowedSwitchPatternBinding {
  record Box(Res inner) implements AutoCloseable {
    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }

  static void typePattern() {
    Res r = Res.open();
    switch (r) {
      case SubRes s -> s.close(); //~ ERROR move-of-borrowed: 's'
      default -> r.use();
    }
    r.close();
  }

  static void recordPattern(Object o) {
    switch (o) {
      case Box(Res inner) -> Sinks.consume(inner); //~ ERROR move-of-borrowed: 'inner'
      default -> {}
    }
  }
}
