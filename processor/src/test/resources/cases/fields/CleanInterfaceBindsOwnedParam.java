// @Owned on an interface parameter binds implementations: the override owns 'r' and drops it.
import dev.custody.Owned;
import support.Res;

class CleanInterfaceBindsOwnedParam {
  interface Sink {
    void accept(@Owned Res r);
  }

  static final class Closer implements Sink {
    @Override
    public void accept(Res r) {
      r.use();
      r.close();
    }
  }

  static void run(Sink sink) {
    Res r = Res.open();
    sink.accept(r);
  }
}
