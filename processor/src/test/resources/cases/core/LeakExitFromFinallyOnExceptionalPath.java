// An exit inside finally (a checked throw, a return) also ends the path where the try failed early.
import java.io.IOException;
import support.Res;
import support.Sinks;

class LeakExitFromFinallyOnExceptionalPath {
  static void run() throws IOException {
    Res r = Res.open(); //~ ERROR leak: 'r'
    try {
      Sinks.log("start");
      r.close();
    } finally {
      Sinks.mayFail();
    }
  }

  static int swallow(boolean quiet) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    try {
      Sinks.log("start");
      r.close();
    } finally {
      if (quiet) {
        return 0;
      }
    }
    return 1;
  }
}
