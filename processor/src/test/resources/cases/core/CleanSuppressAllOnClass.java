// @SuppressWarnings("custody") on a class covers its methods, lambdas and nested classes.
import support.Res;

@SuppressWarnings("custody")
class CleanSuppressAllOnClass {
  static void leak() {
    Res r = Res.open();
    r.use();
  }

  static Runnable task() {
    return () -> Res.open().use();
  }

  static final class Nested {
    void twice() {
      Res r = Res.open();
      r.close();
      r.close();
    }
  }
}
