// 'new T()' of a tracked type is an owned value; discarding it leaks. Untracked types are ignored.
import support.Plain;
import support.SubRes;

class LeakDiscardedNew {
  static void run() {
    new SubRes(); //~ ERROR leak
    new Plain();
  }
}
