// One arm of a switch expression drops 'r' before yielding; 'r' is maybe dropped afterwards.
import support.Res;
import support.Sinks;

class UseAfterDropSwitchExpressionYield {
  static int run(int k) {
    Res r = Res.open();
    int n =
        switch (k) {
          case 1 -> {
            r.close();
            yield 1;
          }
          default -> 0;
        };
    Sinks.consume(r); //~ ERROR use-after-drop: 'r'
    return n;
  }
}
