// A switch expression that only selects which owner to look at does not move it (like '?:').
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanSwitchExpressionSelectsBorrow {
  static void pick(int k) {
    Res a = Res.open();
    Res b = Res.open();
    Sinks.inspect(switch (k) {
      case 1 -> a;
      default -> b;
    });
    @Borrowed Res v = switch (k) {
      case 1 -> a;
      default -> b;
    };
    v.use();
    Sinks.inspect(k == 1 ? a : b);
    a.close();
    b.close();
  }
}
