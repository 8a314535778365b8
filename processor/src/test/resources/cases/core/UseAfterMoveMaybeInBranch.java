// Moved on one branch only: the state joins to "maybe moved", and a use there is an error.
import support.Res;
import support.Sinks;

class UseAfterMoveMaybeInBranch {
  static void run(boolean c) {
    Res r = Res.open();
    if (c) {
      Sinks.consume(r);
    }
    Sinks.consume(r); //~ ERROR use-after-move: 'r' is used after it was moved at line 9
  }
}
