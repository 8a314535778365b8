// The interface hands out an owned result; an override may not declare it borrowed.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Plain;

class InvalidOverrideBorrowsOwnedResult {
  interface Factory {
    @Owned
    Plain make();
  }

  static final class Cached implements Factory {
    private final Plain cached = Plain.create();

    @Borrowed @Override public Plain make() { //~ ERROR invalid-annotation
      return cached;
    }
  }
}
