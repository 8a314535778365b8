// A static resource closed by a shutdown method, as the invalid-annotation message for static fields advises.
import support.Res;

class CleanStaticResourceClosedAtShutdown {
  private static Res shared = Res.open();

  static int read() {
    return shared.read();
  }

  static void shutdown() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  static void shutdownBySwap() {
    Res s = shared;
    shared = null;
    if (s != null) {
      s.close();
    }
  }
}
