// An @Owned local of an untracked AutoCloseable is tracked: using it after the move is an error.
import dev.custody.Owned;
import support.Plain;
import support.Sinks;

class UseAfterMoveOwnedPlain {
  static void run() {
    @Owned Plain p = new Plain();
    Sinks.consumePlain(p);
    p.use(); //~ ERROR use-after-move: 'p'
  }
}
