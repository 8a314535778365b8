// A lambda returning an owned value moves it to its caller, who closes it.
import java.util.function.Supplier;
import support.Res;

class CleanLambdaReturnsOwned {
  static void run() {
    Supplier<Res> make = () -> Res.open("lambda");
    Res r = make.get();
    r.close();
  }
}
