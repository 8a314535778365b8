// A bound method reference used before its receiver is closed.
import java.util.function.IntSupplier;
import support.Res;

class CleanMethodRefUsedBeforeClose {
  static int run() {
    Res r = Res.open();
    IntSupplier reader = r::read;
    int n = reader.getAsInt();
    r.close();
    return n;
  }
}
