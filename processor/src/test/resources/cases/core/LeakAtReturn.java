// An early return leaves 'r' unclosed; the leak is reported on the declaration and names line 9.
import support.Res;

class LeakAtReturn {
  static void run(boolean early) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    r.use();
    if (early) {
      return;
    }
    r.close();
  }
}
