// The checked exception is caught inside the scope of 'r', so it is not an exit for 'r'.
import java.io.IOException;
import support.Res;
import support.Sinks;

class CleanCheckedExceptionHandledInScope {
  static void run() {
    Res r = Res.open();
    try {
      Sinks.mayFail();
    } catch (IOException e) {
      Sinks.log(e);
    }
    r.close();
  }
}
