// 'Res.open().use()' uses a temporary that nobody owns or closes.
import support.Res;

class LeakTemporaryReceiver {
  static void run() {
    Res.open().use(); //~ ERROR leak
  }
}
