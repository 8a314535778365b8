// A method marked @Owned hands out an owned value even when its type is an untracked AutoCloseable.
import dev.custody.Owned;
import support.Res;

class CleanOwnedMethodResult {
  @Owned
  static AutoCloseable make() {
    Res r = Res.open();
    return r;
  }

  static void caller() throws Exception {
    @Owned AutoCloseable c = make();
    c.close();
  }
}
