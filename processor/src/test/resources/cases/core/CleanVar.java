// 'var' owners, closed.
import support.Res;

class CleanVar {
  static void run() {
    var r = Res.open();
    var s = r.fork();
    s.use();
    s.close();
    r.close();
  }
}
