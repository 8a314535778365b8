// A method of an anonymous class leaks its local.
import support.Res;

class LeakInAnonymousClass {
  static Runnable task() {
    return new Runnable() {
      @Override
      public void run() {
        Res r = Res.open(); //~ ERROR leak: 'r'
        r.use();
      }
    };
  }
}
