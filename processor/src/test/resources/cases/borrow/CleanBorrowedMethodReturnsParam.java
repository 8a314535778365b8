// A @Borrowed method may return one of its borrowed parameters.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowedMethodReturnsParam {
  @Borrowed
  static Res pick(Res a, Res b, boolean left) {
    return left ? a : b;
  }

  static void run(boolean left) {
    Res x = Res.open("x");
    Res y = Res.open("y");
    pick(x, y, left).use();
    @Borrowed Res chosen = pick(x, y, left);
    chosen.use();
    y.close();
    x.close();
  }
}
