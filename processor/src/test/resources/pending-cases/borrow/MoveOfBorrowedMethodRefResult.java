// A method reference whose method returns a borrow cannot implement an interface whose result is owned.
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
}
