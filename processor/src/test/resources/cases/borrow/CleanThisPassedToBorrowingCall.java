// 'this' may be used and passed to borrowing calls.
import support.Res;
import support.Sinks;

class CleanThisPassedToBorrowingCall {
  static class Conn extends Res {
    void audit() {
      Sinks.inspect(this);
      Sinks.inspectBoth(this, this);
      this.use();
      use();
    }
  }
}
