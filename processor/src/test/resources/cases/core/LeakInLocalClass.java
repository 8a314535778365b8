// A method of a local class leaks its local.
import support.Res;

class LeakInLocalClass {
  static void run() {
    class Worker {
      int work() {
        Res r = Res.open(); //~ ERROR leak: 'r'
        return r.read();
      }
    }
    System.out.println(new Worker().work());
  }
}
