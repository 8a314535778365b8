// Storing a local owner into an owned field moves it: the local is unusable afterwards.
import support.Res;

class UseAfterMoveIntoOwnedField implements AutoCloseable {
  private final Res inner;

  UseAfterMoveIntoOwnedField() {
    Res r = Res.open();
    this.inner = r;
    r.use(); //~ ERROR use-after-move: 'r'
  }

  @Override
  public void close() {
    UseAfterMoveIntoOwnedField_DropGlue.drop(inner);
  }
}
