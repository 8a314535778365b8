// Methods of a local class are analysed like any other method.
import support.Res;
import support.Sinks;

class UseAfterMoveInLocalClass {
  static void run() {
    class Worker {
      void work() {
        Res r = Res.open();
        Sinks.consume(r);
        Sinks.consume(r); //~ ERROR use-after-move: 'r'
      }
    }
    new Worker().work();
  }
}
