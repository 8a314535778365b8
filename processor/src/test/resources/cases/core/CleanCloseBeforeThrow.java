// Closing before an explicit throw leaves nothing behind at that exit.
import support.Res;

class CleanCloseBeforeThrow {
  static void run(boolean bad) {
    Res r = Res.open();
    if (bad) {
      r.close();
      throw new IllegalArgumentException("bad");
    }
    r.close();
  }
}
