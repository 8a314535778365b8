// An explicit throw after storing an opened value fails the constructor and leaks the value.
import support.Res;

class LeakConstructorThrowsAfterStore implements AutoCloseable {
  private final Res inner;

  LeakConstructorThrowsAfterStore(int size) {
    this.inner = Res.open(); //~ ERROR leak: 'inner'
    if (size < 0) {
      throw new IllegalArgumentException("size " + size);
    }
  }

  @Override
  public void close() {
    LeakConstructorThrowsAfterStore_DropGlue.drop(inner);
  }
}
