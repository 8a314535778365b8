// A method reference's result must match its interface's: no borrow for an owned result, no fresh value for a borrowed one.
import java.util.function.Supplier;
import support.Res;

class MoveOfBorrowedMethodRefResult {
  static Res make(Supplier<Res> factory) {
    return factory.get();
  }

  static void run() {
    Res r = Res.open();
    Supplier<Res> lambda = () -> r.view(); //~ ERROR move-of-borrowed
    Supplier<Res> reference = r::view; //~ ERROR move-of-borrowed
    Res a = make(lambda);
    Res b = make(reference);
    a.close();
    b.close();
    r.close();
  }

  interface Lens {
    @dev.custody.Borrowed
    Res get();
  }

  static void freshForBorrowedResult() {
    Lens lambda = () -> Res.open(); //~ ERROR leak
    Lens reference = Res::open; //~ ERROR leak
    lambda.get().use();
    reference.get().use();
  }
}
