// Objects.requireNonNull passes its argument through: the local owns the opened value.
import java.util.Objects;
import support.Res;

class CleanRequireNonNullOwned {
  static void run() {
    Res r = Objects.requireNonNull(Res.open(), "open failed");
    r.use();
    r.close();
  }
}
