// A @Consumes method owns 'this': returning without closing or handing on 'this' leaks it.
import dev.custody.Consumes;
import dev.custody.Owned;
import support.Res;

class LeakConsumesDropsNothing {
  static final class Pair implements AutoCloseable {
    private Res first = Res.open();
    private Res second = Res.open();

    @Consumes
    @Owned
    Res takeFirst() { //~ ERROR leak
      Res out = first;
      first = null;
      return out;
    }

    @Consumes
    void discard() { //~ ERROR leak
    }

    @Override
    public void close() {
      try (Res a = first; Res b = second) {
        // both
      }
    }
  }

  static void run() {
    Pair p = new Pair();
    Res r = p.takeFirst();
    r.close();
    Pair q = new Pair();
    q.discard();
  }
}
