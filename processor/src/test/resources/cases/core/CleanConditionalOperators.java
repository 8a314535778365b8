// &&, || and ?: with uses but no moves in the operands; 'r' is closed once afterwards.
import support.Res;

class CleanConditionalOperators {
  static int run(boolean c) {
    Res r = Res.open();
    int n = (c && r.read() > 0) || r.read() < -1 ? r.read() : 0;
    r.close();
    return n;
  }
}
