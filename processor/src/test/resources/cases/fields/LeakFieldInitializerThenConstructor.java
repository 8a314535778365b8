// The field initializer already stored a value: the constructor's assignment overwrites it.
import support.Res;

class LeakFieldInitializerThenConstructor implements AutoCloseable {
  private Res inner = Res.open();

  LeakFieldInitializerThenConstructor(String name) {
    inner = Res.open(name); //~ ERROR leak: 'inner'
  }

  @Override
  public void close() {
    LeakFieldInitializerThenConstructor_DropGlue.drop(inner);
  }
}
