// An exhaustive pattern switch statement over a sealed type always runs one of its cases (JDK 21+).
import support.Res;

class CleanExhaustivePatternSwitchStatement {
  sealed interface Shape permits Circle, Square {}

  record Circle(int r) implements Shape {}

  record Square(int s) implements Shape {}

  enum Mode { READ, WRITE }

  static void run(Shape shape) {
    Res r = Res.open();
    switch (shape) {
      case Circle c -> r.close();
      case Square s -> r.close();
    }
  }

  static void enumPatternStatement(Mode mode) {
    Res r = Res.open();
    switch (mode) {
      case READ -> r.close();
      case WRITE -> r.close();
      case null -> r.close();
    }
  }
}
