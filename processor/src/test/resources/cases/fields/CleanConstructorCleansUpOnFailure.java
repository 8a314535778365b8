// The constructor drops what it already stored before rethrowing the failure.
import java.io.IOException;
import support.Res;

class CleanConstructorCleansUpOnFailure implements AutoCloseable {
  private final Res first;
  private final Res second;

  CleanConstructorCleansUpOnFailure() throws IOException {
    this.first = Res.open();
    try {
      this.second = Res.openChecked();
    } catch (IOException e) {
      first.close();
      throw e;
    }
  }

  @Override
  public void close() {
    CleanConstructorCleansUpOnFailure_DropGlue.drop(first, second);
  }
}
