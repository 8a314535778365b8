// A fresh owned value passed to a borrowing parameter is borrowed for the call, then owned by nobody.
import support.Res;
import support.Sinks;

class LeakTemporaryArgument {
  static void run() {
    Sinks.inspect(Res.open()); //~ ERROR leak
  }
}
