// Closing inside try/catch: close() is a drop also when it throws, so the catch holds nothing.
import dev.custody.Owned;
import support.Res;

class CleanCloseQuietlyCatch {
  static void closeQuietly(@Owned Res r) {
    try {
      r.close();
    } catch (RuntimeException ignored) {
      // best effort
    }
  }

  static void closeQuietlyLocal() {
    Res r = Res.open();
    try {
      r.close();
    } catch (RuntimeException ignored) {
      // best effort
    }
  }

  static void closeQuietlyPlain(@Owned AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // best effort
    }
  }
}
