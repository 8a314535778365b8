// A @Borrowed result that borrows from two arguments, last used before either is closed.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowsFromArgumentsEndBeforeDrop {
  @Borrowed
  static Res first(Res a, Res b) {
    return a;
  }

  static void run() {
    Res x = Res.open("x");
    Res y = Res.open("y");
    @Borrowed Res f = first(x, y);
    f.use();
    y.close();
    x.close();
  }
}
