// 'continue outer' skips the reassignment, so the next outer iteration sees 'r' maybe moved.
import support.Res;
import support.Sinks;

class UseAfterMoveLabeledContinue {
  static void run(int n, boolean skip) {
    Res r = Res.open();
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Sinks.consume(r); //~ ERROR use-after-move: 'r'
        if (skip) {
          continue outer;
        }
        r = Res.open();
      }
    }
    r.close(); //~ ERROR use-after-move: 'r'
  }
}
