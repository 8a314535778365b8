// A lambda capturing a borrowed parameter may be passed to a call (not stored or returned).
import java.util.List;
import support.Res;

class CleanBorrowParamCapturedForCall {
  static void each(Res r, List<String> names) {
    names.forEach(name -> r.use());
    Runnable local = () -> r.use();
    local.run();
  }
}
