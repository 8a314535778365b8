// If openChecked() throws, the constructor fails and the value already stored in 'first' leaks.
import java.io.IOException;
import support.Res;

class LeakConstructorFailsAfterStore implements AutoCloseable {
  private final Res first;
  private final Res second;

  LeakConstructorFailsAfterStore() throws IOException {
    this.first = Res.open(); //~ ERROR leak: 'first'
    this.second = Res.openChecked();
  }

  @Override
  public void close() {
    LeakConstructorFailsAfterStore_DropGlue.drop(first, second);
  }
}
