// Assigning null to an owner that still holds a value leaks it.
import support.Res;

class LeakOverwriteWithNull {
  static void run() {
    Res r = Res.open();
    r.use();
    r = null; //~ ERROR leak: 'r'
  }
}
