// An owner still holding its value at the end of its block leaks; reported on the declaration.
import support.Res;

class LeakAtEndOfBlock {
  static void run() {
    {
      Res r = Res.open(); //~ ERROR leak: 'r'
      r.use();
    }
    Runtime.getRuntime().gc();
  }
}
