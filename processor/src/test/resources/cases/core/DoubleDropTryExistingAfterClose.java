// 'try (r)' after an explicit close() drops 'r' a second time.
import support.Res;

class DoubleDropTryExistingAfterClose {
  static void run() {
    Res r = Res.open();
    r.close();
    try (r) { //~ ERROR double-drop: 'r'
      Runtime.getRuntime().gc();
    }
  }
}
