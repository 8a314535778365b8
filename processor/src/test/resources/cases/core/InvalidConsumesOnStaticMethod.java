// @Consumes needs a receiver of a tracked type: on a static method it means nothing.
import dev.custody.Consumes;

class InvalidConsumesOnStaticMethod {
  @Consumes static void finish() {} //~ ERROR invalid-annotation
}
