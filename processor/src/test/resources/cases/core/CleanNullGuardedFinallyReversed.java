// The same null guard written as 'null != r'.
import support.Res;
import support.Sinks;

class CleanNullGuardedFinallyReversed {
  static void run() throws java.io.IOException {
    Res r = null;
    try {
      Sinks.mayFail();
      r = Res.open();
      r.use();
      Sinks.mayFail();
    } finally {
      if (null != r) {
        r.close();
      }
    }
  }
}
