// 'this.res = Objects.requireNonNull(res)' stores the @Owned parameter into the owned field.
import dev.custody.Owned;
import java.util.Objects;
import support.Res;

class CleanConstructorRequireNonNull implements AutoCloseable {
  private final Res res;

  CleanConstructorRequireNonNull(@Owned Res res) {
    this.res = Objects.requireNonNull(res, "res");
  }

  @Override
  public void close() {
    if (res != null) {
      res.close();
    }
  }
}
