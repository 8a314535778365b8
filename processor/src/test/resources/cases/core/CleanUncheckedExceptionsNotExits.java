// Unchecked exceptions thrown by ordinary calls are not scope exits.
import support.Res;

class CleanUncheckedExceptionsNotExits {
  static int run(String text) {
    Res r = Res.open();
    int n = Integer.parseInt(text);
    Object o = java.util.List.of(1, 2).get(n);
    r.use();
    r.close();
    return o.hashCode();
  }
}
