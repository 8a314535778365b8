// @SuppressWarnings("custody:invalid-annotation") on a method covers its annotated locals.
import dev.custody.Owned;

class CleanSuppressInvalidAnnotation {
  @SuppressWarnings("custody:invalid-annotation")
  static int run() {
    @Owned String s = "text";
    return s.length();
  }
}
