// fork() returns a fresh owned value; discarding it leaks.
import support.Res;

class LeakDiscardedFork {
  static void run() {
    Res r = Res.open();
    r.fork(); //~ ERROR leak
    r.close();
  }
}
