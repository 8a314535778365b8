// A nested class's glue is named after its enclosing classes: Outer_Inner_DropGlue.
import support.Res;

class CleanNestedClassDelegatesToDropGlue {
  static final class Conn implements AutoCloseable {
    private final Res socket = Res.open();
    private final Res buffer = Res.open();

    void send() {
      socket.use();
      buffer.use();
    }

    @Override
    public void close() {
      CleanNestedClassDelegatesToDropGlue_Conn_DropGlue.drop(socket, buffer);
    }
  }

  static void run() {
    try (Conn conn = new Conn()) {
      conn.send();
    }
  }
}
