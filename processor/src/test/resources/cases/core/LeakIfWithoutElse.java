// Only the then-branch closes 'r'.
import support.Res;

class LeakIfWithoutElse {
  static void run(boolean c) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    if (c) {
      r.close();
    } else {
      r.use();
    }
  }
}
