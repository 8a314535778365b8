// A method of an anonymous class closes its own local.
import support.Res;

class CleanAnonymousClassCloses {
  static Runnable task() {
    return new Runnable() {
      @Override
      public void run() {
        try (Res r = Res.open()) {
          r.use();
        }
      }
    };
  }
}
