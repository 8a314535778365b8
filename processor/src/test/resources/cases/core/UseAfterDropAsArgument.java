// Passing a dropped owner to a borrowing call is a use after drop.
import support.Res;
import support.Sinks;

class UseAfterDropAsArgument {
  static void run() {
    Res r = Res.open();
    r.close();
    Sinks.inspect(r); //~ ERROR use-after-drop: 'r'
  }
}
