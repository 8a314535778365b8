// A suppression on one local does not cover another local in the same method.
import support.Res;

class SuppressOnLocalOnlyCoversThatLocal {
  static void run() {
    @SuppressWarnings("custody:leak")
    Res a = Res.open();
    Res b = Res.open(); //~ ERROR leak: 'b'
    a.use();
    b.use();
  }
}
