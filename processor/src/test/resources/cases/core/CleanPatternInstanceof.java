// Pattern instanceof in conditions of a method that closes its owner on every path.
import support.Res;

class CleanPatternInstanceof {
  static int run(Object o) {
    Res r = Res.open();
    if (o instanceof String s && !s.isEmpty()) {
      r.close();
      return s.length();
    }
    if (!(o instanceof Integer i)) {
      r.close();
      return 0;
    }
    r.close();
    return i;
  }
}
