// A @Borrowed local initialised from a fresh owned value: nobody owns the value.
import dev.custody.Borrowed;
import support.Res;

class LeakFreshIntoBorrowedLocal {
  static void run() {
    @Borrowed Res b = Res.open(); //~ ERROR leak
    b.use();
  }
}
