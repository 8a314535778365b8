// An @Owned parameter that is dropped on one path and moved on the other.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class CleanOwnedParamDropped {
  static void finish(@Owned Res r, boolean keep) {
    r.use();
    if (keep) {
      Sinks.consume(r);
    } else {
      r.close();
    }
  }
}
