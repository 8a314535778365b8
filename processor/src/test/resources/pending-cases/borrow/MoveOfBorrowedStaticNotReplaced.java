// A static resource may be closed or moved out only when the field is replaced; otherwise others still use it.
import support.Res;
import support.Sinks;

class MoveOfBorrowedStaticNotReplaced {
  private static Res shared = Res.open();

  static void closeButKeep() {
    shared.close(); //~ ERROR move-of-borrowed: 'shared'
  }

  static void handOutButKeep() {
    Sinks.consume(shared); //~ ERROR move-of-borrowed: 'shared'
  }

  void instanceShutdown() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  static void doubleClose() {
    shared.close();
    shared.close(); //~ ERROR double-drop: 'shared'
    shared = null;
  }
}
