// A constructor moves its @Owned parameter into an @Owned field; close() drops the field.
import dev.custody.Owned;
import support.Res;

class CleanMoveIntoOwnedField {
  static final class Holder implements AutoCloseable {
    @Owned private Res inner;

    Holder(@Owned Res r) {
      r.use();
      this.inner = r;
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
