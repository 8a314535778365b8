// A switch without a default has a path that matches no case and skips every close.
import support.Res;

class LeakOldSwitchWithoutDefault {
  static void run(int k) {
    Res r = Res.open(); //~ ERROR leak: 'r'
    switch (k) {
      case 1:
        r.close();
        break;
      case 2:
        r.close();
        break;
    }
  }
}
