// Passing null instead of the field to the drop glue compiles, but 'second' is never dropped.
import support.Res;

class FieldNotDroppedGlueGivenNull implements AutoCloseable {
  private final Res first = Res.open();
  private final Res second = Res.open(); //~ ERROR field-not-dropped: 'second'

  void work() {
    first.use();
    second.use();
  }

  @Override
  public void close() {
    FieldNotDroppedGlueGivenNull_DropGlue.drop(first, null);
  }
}
