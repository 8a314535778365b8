// The same owner passed to two @Owned parameters of one call is moved twice.
import support.Res;
import support.Sinks;

class UseAfterMoveSameOwnerTwiceInCall {
  static void run() {
    Res r = Res.open();
    Sinks.consumeBoth(r, r); //~ ERROR use-after-move: 'r'
  }
}
