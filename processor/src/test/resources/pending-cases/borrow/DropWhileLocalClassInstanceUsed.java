// An instance of a local class carries the borrow of the owners its body captures.
import support.Res;

class DropWhileLocalClassInstanceUsed {
  static void run() {
    Res r = Res.open();
    class Reader {
      int read() {
        return r.read();
      }
    }
    Reader reader = new Reader();
    r.close(); //~ ERROR move-while-borrowed: 'r'
    reader.read();
  }

  static void later() {
    Res r = Res.open();
    class Reader {
      int read() {
        return r.read();
      }
    }
    r.close(); //~ ERROR move-while-borrowed: 'r'
    new Reader().read();
  }
}
