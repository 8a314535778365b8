// An anonymous object capturing 'r' is used before 'r' is closed.
import support.Res;

class CleanAnonymousObjectUsedBeforeClose {
  static void run() {
    Res r = Res.open();
    Runnable task =
        new Runnable() {
          @Override
          public void run() {
            r.use();
          }
        };
    task.run();
    r.close();
  }
}
