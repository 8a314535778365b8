// Assigning to an owner that still holds a value leaks the old value; reported on the assignment.
import support.Res;

class LeakOverwrite {
  static void run() {
    Res r = Res.open();
    r.use();
    r = Res.open("second"); //~ ERROR leak: 'r'
    r.close();
  }
}
