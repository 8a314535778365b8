// A class that owns a resource must implement AutoCloseable, or nobody can drop it.
import support.Res;

class FieldNotDroppedClassNotAutoCloseable {
  private final Res inner = Res.open(); //~ ERROR field-not-dropped: 'inner'

  int read() {
    return inner.read();
  }
}
