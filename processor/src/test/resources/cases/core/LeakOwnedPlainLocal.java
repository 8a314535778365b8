// An @Owned local of the untracked type Plain is tracked: never closing it leaks.
import dev.custody.Owned;
import support.Plain;

class LeakOwnedPlainLocal {
  static void run() {
    @Owned Plain p = new Plain(); //~ ERROR leak: 'p'
    p.use();
  }
}
