// Two different owners passed to two @Owned parameters of one call.
import support.Res;
import support.Sinks;

class CleanMovedToOwnedParamOnce {
  static void run() {
    Res a = Res.open("a");
    Res b = Res.open("b");
    Sinks.consumeBoth(a, b);
  }
}
