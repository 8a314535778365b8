// Borrows of a borrowed parameter may be used freely within the call.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanBorrowOfBorrowParam {
  static void run(Res r) {
    @Borrowed Res b = r;
    b.use();
    @Borrowed Res v = b.view();
    Sinks.inspectBoth(v, b);
  }
}
