// A call that throws a checked exception not handled in the scope is an exit.
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakAtCheckedExceptionCall {
  static void run() throws IOException {
    Res r = Res.open(); //~ ERROR leak: 'r'
    Sinks.mayFail();
    r.close();
  }
}
