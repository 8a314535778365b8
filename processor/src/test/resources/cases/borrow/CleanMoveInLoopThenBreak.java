// Inside the loop the owner is moved only on the path that leaves it: no later borrow use.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanMoveInLoopThenBreak {
  static void run(int n) {
    Res r = Res.open();
    @Borrowed Res b = r;
    int i = 0;
    while (true) {
      b.use();
      if (++i >= n) {
        Sinks.consume(r);
        break;
      }
    }
  }
}
