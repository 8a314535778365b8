// Declarations with only unrelated annotations carry no ownership contract and are not checked as if.
import support.Res;

class CleanUnrelatedAnnotationsOnly {
  @Deprecated String name;

  @SuppressWarnings("unused") void touch() {}

  void take(@Deprecated int count) {}

  void local() {
    @SuppressWarnings("unused") String text = "x";
  }

  abstract static class Base {
    abstract void use(Res r);
  }

  static class Sub extends Base {
    @java.lang.Override
    void use(@Deprecated Res r) {}
  }
}
