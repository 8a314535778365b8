// Storing an owner into an @Owned field moves it; using the parameter afterwards is an error.
import dev.custody.Owned;
import support.Res;

class UseAfterMoveIntoOwnedField {
  static final class Holder implements AutoCloseable {
    @Owned private Res inner;

    Holder(@Owned Res r) {
      this.inner = r;
      r.use(); //~ ERROR use-after-move: 'r' is used after it was moved at line 10
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
