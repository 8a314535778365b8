// A local cannot be both @Owned and @Borrowed.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Plain;

class InvalidOwnedAndBorrowedLocal {
  static void run() {
    @Owned @Borrowed Plain p = null; //~ ERROR invalid-annotation
    System.out.println(p);
  }
}
