// Ownership annotations written with their qualified names, next to unrelated ones, are still checked.
import support.Res;

class InvalidQualifiedAnnotationsAmongOthers {
  @Deprecated @dev.custody.Owned String name; //~ ERROR invalid-annotation

  @SuppressWarnings("unused") @dev.custody.Borrowed void touch() {} //~ ERROR invalid-annotation

  void take(@Deprecated @dev.custody.Owned int count) {} //~ ERROR invalid-annotation

  void local() {
    @SuppressWarnings("unused") @dev.custody.Borrowed String text = "x"; //~ ERROR invalid-annotation
  }

  abstract static class Base {
    abstract void use(@dev.custody.Owned Res r);
  }

  static class Override extends Base {
    @java.lang.Override
    void use(@Deprecated @dev.custody.Borrowed Res r) {} //~ ERROR invalid-annotation
  }
}
