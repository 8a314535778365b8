// A switch expression whose arms yield fresh owned values or a moved owner.
import support.Res;

class CleanSwitchExpressionYield {
  static void run(int k) {
    Res r =
        switch (k) {
          case 1:
            yield Res.open("one");
          default:
            {
              Res t = Res.open("other");
              t.use();
              yield t;
            }
        };
    r.close();
  }
}
