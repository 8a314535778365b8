// Only the constructor's first assignment may store without dropping: the second leaks the first value.
import support.Res;

class LeakConstructorAssignsTwice implements AutoCloseable {
  private Res inner;

  LeakConstructorAssignsTwice(boolean named) {
    inner = Res.open();
    if (named) {
      inner = Res.open("named"); //~ ERROR leak: 'inner'
    }
  }

  @Override
  public void close() {
    LeakConstructorAssignsTwice_DropGlue.drop(inner);
  }
}
