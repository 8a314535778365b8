// @Owned on a method whose result type has no close() and is not tracked.
import dev.custody.Owned;

class InvalidOwnedOnMethodReturningString {
  @Owned static String name() { //~ ERROR invalid-annotation
    return "name";
  }
}
