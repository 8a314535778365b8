// Comparing references (== / !=) after a close or move only looks at the pointer, never at the resource.
import support.Res;
import support.Sinks;

class CleanIdentityComparisonAfterClose {
  void evict(Res candidate) {
    Res r = Res.open();
    r.close();
    if (r == candidate) {
      Sinks.log("same");
    }
    Res s = Res.open();
    Sinks.consume(s);
    if (s != candidate) {
      Sinks.log("different");
    }
  }
}
