// A method of a local class moves its local to the caller.
import support.Res;

class CleanLocalClassCloses {
  static void run() {
    class Factory {
      Res make() {
        Res r = Res.open();
        r.use();
        return r;
      }
    }
    Res r = new Factory().make();
    r.close();
  }
}
