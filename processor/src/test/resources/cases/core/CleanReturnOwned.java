// Returning an owner from a method whose result is owned moves it to the caller.
import support.Res;

class CleanReturnOwned {
  static Res make(boolean c) {
    Res r = Res.open();
    r.use();
    if (c) {
      return r;
    }
    r.close();
    return Res.open("fresh");
  }

  static void caller() {
    Res r = make(true);
    r.close();
  }
}
