// A final field assigned Objects.requireNonNull(..) in every constructor is never null when close() runs.
import dev.custody.Owned;
import java.util.Objects;
import support.Res;

class CleanFinalFieldRequireNonNull implements AutoCloseable {
  private final Res log;

  CleanFinalFieldRequireNonNull(@Owned Res log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public void close() {
    log.close();
  }
}
