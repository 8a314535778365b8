// A local class capturing 'r', instantiated and used before 'r' is closed.
import support.Res;

class CleanLocalClassUsedBeforeClose {
  static int run() {
    Res r = Res.open();
    class Reader {
      int next() {
        return r.read();
      }
    }
    Reader reader = new Reader();
    int n = reader.next() + reader.next();
    r.close();
    return n;
  }
}
