// 'try (r) {..}' drops an existing owner at the end of the statement.
import support.Res;

class UseAfterDropTryExisting {
  static void run() {
    Res r = Res.open();
    try (r) {
      r.use();
    }
    r.use(); //~ ERROR use-after-drop: 'r'
  }
}
