// A @Borrowed result borrows from every argument: closing 'y' while 'f' is used later.
import dev.custody.Borrowed;
import support.Res;

class DropWhileBorrowedFromArgument {
  @Borrowed
  static Res first(Res a, Res b) {
    return a;
  }

  static void run() {
    Res x = Res.open("x");
    Res y = Res.open("y");
    @Borrowed Res f = first(x, y);
    y.close(); //~ ERROR move-while-borrowed: 'f'
    f.use();
    x.close();
  }
}
