// A subclass without fields of its own overrides close() and delegates to super.close().
import support.Res;

class CleanOverrideCloseCallsSuper {
  static final class LoggingRes extends Res {
    int closes;

    @Override
    public void close() {
      closes++;
      super.close();
    }
  }

  static void run() {
    try (LoggingRes r = new LoggingRes()) {
      r.use();
    }
  }
}
