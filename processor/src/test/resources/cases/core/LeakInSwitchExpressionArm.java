// A local declared in a switch-expression arm leaks at its yield.
import support.Res;

class LeakInSwitchExpressionArm {
  static int run(int k) {
    return switch (k) {
      case 1 -> {
        Res t = Res.open(); //~ ERROR leak: 't'
        yield t.read();
      }
      default -> 0;
    };
  }
}
