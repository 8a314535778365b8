// The simplest correct program: open, use, close.
import support.Res;

class CleanCloseAtEnd {
  static int run() {
    Res r = Res.open();
    int n = r.read();
    r.close();
    return n;
  }
}
