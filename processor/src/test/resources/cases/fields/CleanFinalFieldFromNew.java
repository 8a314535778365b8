// A final field assigned 'new Res()' in every constructor is never null: close() needs no null check.
import support.Res;

class CleanFinalFieldFromNew implements AutoCloseable {
  private final Res res;

  CleanFinalFieldFromNew() {
    res = new Res();
  }

  int read() {
    return res.read();
  }

  @Override
  public void close() {
    res.close();
  }
}
