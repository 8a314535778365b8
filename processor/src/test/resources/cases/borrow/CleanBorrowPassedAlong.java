// A borrowed parameter may be used and passed on to any number of borrowing calls.
import support.Res;
import support.Sinks;

class CleanBorrowPassedAlong {
  static void helper(Res r) {
    r.use();
  }

  static int run(Res r) {
    Sinks.inspect(r);
    helper(r);
    helper(r.view());
    r.use();
    return r.read();
  }
}
