// @Owned on a parameter whose type has no close() and is not tracked.
import dev.custody.Owned;

class InvalidOwnedOnUncloseableParam {
  static int size(@Owned String s) { //~ ERROR invalid-annotation
    return s.length();
  }
}
