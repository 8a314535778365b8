// AtomicReference.getAndSet (like Map.put) returns the *previous* value, not their argument.
import java.util.concurrent.atomic.AtomicReference;
import support.Res;

class CleanGetAndSetReturnsPrevious {
  static void replace(AtomicReference<Res> slot, Res fresh) {
    Res old = slot.getAndSet(fresh);
    if (old != null) {
      old.close();
    }
    fresh.use();
  }
}
