// Assigning an owned field that still holds a value leaks the old value.
import support.Res;

class LeakOverwrittenOwnedField implements AutoCloseable {
  private Res current = Res.open();

  void reopen(String name) {
    current.use();
    current = Res.open(name); //~ ERROR leak: 'current'
  }

  @Override
  public void close() {
    LeakOverwrittenOwnedField_DropGlue.drop(current);
  }
}
