// A call whose 'throws E' is instantiated with a checked exception is an exit like any other.
import java.io.IOException;
import support.Res;

class LeakAtGenericCheckedThrow {
  interface Action<E extends Exception> {
    void run() throws E;
  }

  static void run(Action<IOException> action) throws IOException {
    Res r = Res.open(); //~ ERROR leak: 'r'
    action.run();
    r.close();
  }

  static void unchecked(Action<RuntimeException> action) {
    Res r = Res.open();
    action.run();
    r.close();
  }
}
