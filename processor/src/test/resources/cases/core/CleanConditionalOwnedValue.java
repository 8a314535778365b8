// A ?: choosing between two fresh owned values gives one owned value.
import support.Res;

class CleanConditionalOwnedValue {
  static void run(boolean c) {
    Res r = c ? Res.open("left") : Res.open("right");
    r.close();
  }
}
