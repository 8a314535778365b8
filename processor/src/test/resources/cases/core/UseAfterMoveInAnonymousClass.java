// Methods of an anonymous class are analysed like any other method.
import support.Res;
import support.Sinks;

class UseAfterMoveInAnonymousClass {
  static Runnable task() {
    return new Runnable() {
      @Override
      public void run() {
        Res r = Res.open();
        Res s = r;
        s.close();
        r.use(); //~ ERROR use-after-move: 'r'
      }
    };
  }
}
