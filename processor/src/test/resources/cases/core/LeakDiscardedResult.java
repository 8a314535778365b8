// An owned result discarded by an expression statement leaks.
import support.Res;

class LeakDiscardedResult {
  static void run() {
    Res.open(); //~ ERROR leak
  }
}
