// An anonymous class that owns a resource in a field cannot drop it: nothing can ever close it.
import support.Res;

class FieldNotDroppedAnonymousClass {
  static Runnable task() {
    return new Runnable() {
      private final Res log = Res.open(); //~ ERROR field-not-dropped: 'log'

      @Override
      public void run() {
        log.use();
      }
    };
  }
}
