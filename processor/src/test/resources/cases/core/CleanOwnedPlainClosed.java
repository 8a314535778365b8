// An @Owned local of the untracked type Plain, closed or moved on every path.
import dev.custody.Owned;
import support.Plain;
import support.Sinks;

class CleanOwnedPlainClosed {
  static void run(boolean c) {
    @Owned Plain p = new Plain();
    p.use();
    if (c) {
      p.close();
    } else {
      Sinks.consumePlain(p);
    }
  }
}
