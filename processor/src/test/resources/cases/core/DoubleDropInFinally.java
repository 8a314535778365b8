// The try block closes 'r' and the finally block closes it again.
import support.Res;

class DoubleDropInFinally {
  static void run() {
    Res r = Res.open();
    try {
      r.close();
    } finally {
      r.close(); //~ ERROR double-drop: 'r'
    }
  }
}
