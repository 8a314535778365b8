// The old value is dropped (or was null) before the owned field is assigned again.
import support.Res;

class CleanOverwriteAfterDrop implements AutoCloseable {
  private Res current = Res.open();

  void reopen() {
    if (current != null) {
      current.close();
    }
    current = Res.open();
  }

  @Override
  public void close() {
    CleanOverwriteAfterDrop_DropGlue.drop(current);
  }
}
