// @Owned on a method without a result means nothing.
import dev.custody.Owned;

class InvalidOwnedOnVoidMethod {
  @Owned static void run() { //~ ERROR invalid-annotation
    System.out.println("run");
  }
}
