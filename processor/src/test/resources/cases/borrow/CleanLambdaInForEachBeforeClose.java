// A lambda capturing 'r' passed to forEach; 'r' is closed after the call returns.
import java.util.List;
import support.Res;

class CleanLambdaInForEachBeforeClose {
  static void run(List<Integer> items) {
    Res r = Res.open();
    items.forEach(i -> r.use());
    r.close();
  }
}
