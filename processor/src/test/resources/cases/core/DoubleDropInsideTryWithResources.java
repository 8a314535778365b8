// close() inside a try-with-resources that will close the resource again.
import support.Res;

class DoubleDropInsideTryWithResources {
  static void run() {
    try (Res r = Res.open()) {
      r.use();
      r.close(); //~ ERROR double-drop: 'r'
    }
  }
}
