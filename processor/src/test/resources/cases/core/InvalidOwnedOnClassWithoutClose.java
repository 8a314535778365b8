// A tracked type must have a close() method: otherwise its owners could never drop it.
import dev.custody.Owned;

class InvalidOwnedOnClassWithoutClose {
  @Owned static final class Token { //~ ERROR invalid-annotation
    int id;
  }
}
