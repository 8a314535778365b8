// @Borrowed results may be passed straight to borrowing calls.
import support.Res;
import support.Sinks;

class CleanBorrowedViewPassedToBorrowingCall {
  static void run() {
    Res r = Res.open();
    Sinks.inspect(r.view());
    Sinks.inspectBoth(r.view(), r.view());
    Sinks.log(r.view());
    r.close();
  }
}
