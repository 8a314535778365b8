// The try-with-resources variable may be passed to borrowing calls, also twice in one call.
import support.Res;
import support.Sinks;

class CleanTryResourcePassedToBorrowingCalls {
  static void run() {
    try (Res r = Res.open()) {
      Sinks.inspect(r);
      Sinks.inspectBoth(r, r);
      r.use();
    }
  }
}
