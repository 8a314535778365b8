// A borrowed parameter passed to an explicitly @Borrowed parameter, and an owner passed to both.
import dev.custody.Borrowed;
import support.Res;

class CleanBorrowedArgumentToOwnMethod {
  static int measure(@Borrowed Res r, @Borrowed Res s) {
    return r.read() + s.read();
  }

  static int run(Res param) {
    Res r = Res.open();
    int n = measure(param, r) + measure(r, r);
    r.close();
    return n;
  }
}
