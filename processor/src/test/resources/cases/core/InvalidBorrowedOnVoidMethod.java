// @Borrowed on a method without a result means nothing.
import dev.custody.Borrowed;

class InvalidBorrowedOnVoidMethod {
  @Borrowed static void run() { //~ ERROR invalid-annotation
    System.out.println("run");
  }
}
