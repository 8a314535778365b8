// A class with owned fields is tracked, so a field of that class is owned in turn.
import support.Res;

class FieldNotDroppedNestedOwner implements AutoCloseable {
  static final class Conn implements AutoCloseable {
    private final Res socket = Res.open();

    @Override
    public void close() {
      FieldNotDroppedNestedOwner_Conn_DropGlue.drop(socket);
    }
  }

  private final Conn conn = new Conn(); //~ ERROR field-not-dropped: 'conn'
  private final Res own = Res.open();

  @Override
  public void close() {
    if (own != null) {
      own.close();
    }
  }
}
