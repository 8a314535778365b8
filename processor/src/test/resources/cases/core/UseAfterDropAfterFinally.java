// The finally block runs on every path, so 'r' is dropped after the try statement.
import support.Res;

class UseAfterDropAfterFinally {
  static void run() {
    Res r = Res.open();
    try {
      r.use();
    } finally {
      r.close();
    }
    r.read(); //~ ERROR use-after-drop: 'r'
  }
}
