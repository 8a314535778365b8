// An instance initializer block stores into an owned field; the constructor then overwrites it.
import support.Res;

class LeakInitializerBlockThenConstructorAssigns implements AutoCloseable {
  private Res res;

  {
    res = Res.open();
  }

  LeakInitializerBlockThenConstructorAssigns(String name) {
    res = Res.open(name); //~ ERROR leak: 'res'
  }

  @Override
  public void close() {
    if (res != null) {
      res.close();
    }
  }
}
