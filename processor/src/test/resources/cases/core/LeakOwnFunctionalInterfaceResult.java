// The code's own functional interface, declared to return a type variable: as for Supplier<Res>,
// the call site's type decides. Maker<Res>.make() hands out a Res that must be closed;
// Maker<String>.make() hands out nothing Custody follows.
import support.Res;

class LeakOwnFunctionalInterfaceResult {
  interface Maker<T> {
    T make();
  }

  static void discard(Maker<Res> maker) {
    maker.make(); //~ ERROR leak
  }

  static int kept(Maker<Res> maker) {
    try (Res r = maker.make()) {
      return r.read();
    }
  }

  static int untracked(Maker<String> maker) {
    maker.make();
    return maker.make().length();
  }
}
