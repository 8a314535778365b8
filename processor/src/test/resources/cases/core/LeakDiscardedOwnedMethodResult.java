// A method marked @Owned returns an owned value even of an untracked type; discarding it leaks.
import dev.custody.Owned;
import support.Plain;

class LeakDiscardedOwnedMethodResult {
  @Owned
  static Plain make() {
    @Owned Plain p = new Plain();
    return p;
  }

  static void run() {
    make(); //~ ERROR leak
  }
}
