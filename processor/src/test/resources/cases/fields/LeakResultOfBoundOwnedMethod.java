// @Owned on an interface method binds its implementations: their result is owned by the caller.
import dev.custody.Owned;
import support.Plain;

class LeakResultOfBoundOwnedMethod {
  interface Factory {
    @Owned
    Plain make();
  }

  static final class Fresh implements Factory {
    @Override
    public Plain make() {
      return Plain.create();
    }
  }

  static void run(Fresh factory) {
    Plain p = factory.make(); //~ ERROR leak: 'p'
    p.use();
  }
}
