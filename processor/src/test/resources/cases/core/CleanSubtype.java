// A SubRes local is an owner like a Res local, and may be moved into a Res owner.
import support.Res;
import support.SubRes;

class CleanSubtype {
  static void run() {
    SubRes s = SubRes.openSub();
    s.use();
    Res r = s;
    r.close();
  }
}
