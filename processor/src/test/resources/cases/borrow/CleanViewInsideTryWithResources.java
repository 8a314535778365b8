// Borrowed accessors used inside a try-with-resources of their owner.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class CleanViewInsideTryWithResources {
  static void run() {
    try (Res r = Res.open()) {
      r.view().use();
      @Borrowed Res v = r.view();
      Sinks.inspect(v);
      v.use();
    }
  }
}
