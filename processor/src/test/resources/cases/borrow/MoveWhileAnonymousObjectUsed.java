// An anonymous object capturing 'r' carries the borrow; it is used after 'r' is moved.
import support.Res;
import support.Sinks;

class MoveWhileAnonymousObjectUsed {
  static void run() {
    Res r = Res.open();
    Runnable task =
        new Runnable() {
          @Override
          public void run() {
            r.use();
          }
        };
    Sinks.consume(r); //~ ERROR move-while-borrowed: 'task'
    task.run();
  }
}
