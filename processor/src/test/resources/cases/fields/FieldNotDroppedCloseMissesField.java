// close() drops 'socket' but forgets 'buffer'.
import support.Res;

class FieldNotDroppedCloseMissesField implements AutoCloseable {
  private final Res socket = Res.open();
  private final Res buffer = Res.open(); //~ ERROR field-not-dropped: 'buffer'

  void send() {
    socket.use();
    buffer.use();
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.close();
    }
  }
}
