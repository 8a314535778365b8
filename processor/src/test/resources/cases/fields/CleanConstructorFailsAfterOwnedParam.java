// A value from an @Owned parameter is not leaked when the constructor fails: it stays the caller's.
import dev.custody.Owned;
import java.io.IOException;
import support.Res;

class CleanConstructorFailsAfterOwnedParam implements AutoCloseable {
  private final Res given;
  private final Res opened;

  CleanConstructorFailsAfterOwnedParam(@Owned Res given) throws IOException {
    this.given = given;
    this.opened = Res.openChecked();
  }

  @Override
  public void close() {
    CleanConstructorFailsAfterOwnedParam_DropGlue.drop(given, opened);
  }
}
