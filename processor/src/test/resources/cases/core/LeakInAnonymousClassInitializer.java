// Initializer blocks and field initializers of anonymous and local classes are bodies too.
import support.Res;

class LeakInAnonymousClassInitializer {
  static Runnable anonymous() {
    return new Runnable() {
      int size;

      {
        Res tmp = Res.open(); //~ ERROR leak: 'tmp'
        size = tmp.read();
      }

      @Override
      public void run() {}
    };
  }

  static void local() {
    class Local {
      int size;

      {
        Res tmp = Res.open(); //~ ERROR leak: 'tmp'
        size = tmp.read();
      }

      final Object label = Res.open(); //~ ERROR leak
    }
    Sinks2.log(new Local());
  }

  static final class Sinks2 {
    static void log(Object o) {}
  }
}
