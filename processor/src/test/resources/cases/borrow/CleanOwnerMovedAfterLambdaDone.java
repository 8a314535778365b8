// A lambda capturing 'r' used for the last time before 'r' is moved away.
import java.util.function.IntSupplier;
import support.Res;
import support.Sinks;

class CleanOwnerMovedAfterLambdaDone {
  static int run() {
    Res r = Res.open();
    IntSupplier reader = () -> r.read();
    int n = reader.getAsInt();
    Sinks.consume(r);
    return n;
  }
}
