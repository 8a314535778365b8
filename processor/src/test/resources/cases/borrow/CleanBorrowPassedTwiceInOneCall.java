// The same borrow may be passed twice in one call; so may an owner to borrowing parameters.
import support.Res;
import support.Sinks;

class CleanBorrowPassedTwiceInOneCall {
  static void param(Res r) {
    Sinks.inspectBoth(r, r);
  }

  static void owner() {
    Res r = Res.open();
    Sinks.inspectBoth(r, r);
    Sinks.inspectBoth(r.view(), r);
    r.close();
  }
}
