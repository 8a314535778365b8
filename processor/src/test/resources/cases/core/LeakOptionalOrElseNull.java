// orElse(null) returns the Optional's content: the owner local holds it and must close it.
import java.util.Optional;
import support.Res;

class LeakOptionalOrElseNull {
  static int run(Optional<Res> found) {
    Res r = found.orElse(null); //~ ERROR leak: 'r'
    return r == null ? 0 : r.read();
  }
}
