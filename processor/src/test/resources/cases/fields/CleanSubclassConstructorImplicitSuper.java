// A constructor of a subclass of a tracked class: the implicit or explicit super(..) call is not a discarded value.
import support.Res;

class CleanSubclassConstructorImplicitSuper {
  static class Conn extends Res {
    private final int port;

    Conn(int port) {
      this.port = port;
    }

    Conn() {
      super();
      this.port = 0;
    }

    int port() {
      return port;
    }
  }

  static int run() {
    try (Conn c = new Conn(80)) {
      return c.port();
    }
  }
}
