// Each class drops the fields it declares; the subclass then calls super.close().
import support.Res;

class CleanSubclassDropsOwnFieldsThenSuper {
  static class Base implements AutoCloseable {
    private final Res base = Res.open();

    @Override
    public void close() {
      CleanSubclassDropsOwnFieldsThenSuper_Base_DropGlue.drop(base);
    }
  }

  static final class Derived extends Base {
    private final Res extra = Res.open();

    @Override
    public void close() {
      try {
        CleanSubclassDropsOwnFieldsThenSuper_Derived_DropGlue.drop(extra);
      } finally {
        super.close();
      }
    }
  }
}
