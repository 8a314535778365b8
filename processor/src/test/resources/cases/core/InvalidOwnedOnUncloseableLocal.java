// @Owned on a local whose type has no close() and is not tracked means nothing.
import dev.custody.Owned;

class InvalidOwnedOnUncloseableLocal {
  static int run() {
    @Owned String s = "text"; //~ ERROR invalid-annotation
    return s.length();
  }
}
