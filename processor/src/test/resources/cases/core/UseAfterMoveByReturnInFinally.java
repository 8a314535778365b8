// 'return r' from a method with an owned result moves 'r'; the finally block then uses it.
import support.Res;

class UseAfterMoveByReturnInFinally {
  static Res give() {
    Res r = Res.open();
    try {
      return r;
    } finally {
      r.use(); //~ ERROR use-after-move: 'r' is used after it was moved at line 8
    }
  }
}
