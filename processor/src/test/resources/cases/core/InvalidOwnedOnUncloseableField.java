// @Owned on a field whose type has no close() and is not tracked.
import dev.custody.Owned;

class InvalidOwnedOnUncloseableField {
  @Owned static String name = "x"; //~ ERROR invalid-annotation
}
