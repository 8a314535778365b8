// A lambda capturing 'r' carries the borrow; running it after the close is a later use.
import support.Res;

class DropWhileLambdaUsed {
  static void run() {
    Res r = Res.open();
    Runnable task = () -> r.use();
    r.close(); //~ ERROR move-while-borrowed: 'task'
    task.run();
  }
}
