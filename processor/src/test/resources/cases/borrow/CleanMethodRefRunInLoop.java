// A method reference capturing 'r', run in every iteration; 'r' is closed after the loop.
import support.Res;

class CleanMethodRefRunInLoop {
  static void run(int n) {
    Res r = Res.open();
    Runnable task = r::use;
    for (int i = 0; i < n; i++) {
      task.run();
    }
    r.close();
  }
}
