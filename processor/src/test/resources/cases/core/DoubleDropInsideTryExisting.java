// close() inside 'try (r)', which closes the existing owner again at its end.
import support.Res;

class DoubleDropInsideTryExisting {
  static void run() {
    Res r = Res.open();
    try (r) {
      r.close(); //~ ERROR double-drop: 'r'
    }
  }
}
