// A bound method reference 'r::use' carries the borrow of 'r'.
import support.Res;

class DropWhileMethodRefUsed {
  static void run() {
    Res r = Res.open();
    Runnable task = r::use;
    task.run();
    r.close(); //~ ERROR move-while-borrowed: 'task'
    task.run();
  }
}
