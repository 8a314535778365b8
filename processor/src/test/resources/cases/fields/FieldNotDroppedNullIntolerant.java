// 'lazy' is null until start() runs; close() must tolerate that, or it never drops it.
import support.Res;

class FieldNotDroppedNullIntolerant implements AutoCloseable {
  private Res lazy; //~ ERROR field-not-dropped: 'lazy'

  void start() {
    if (lazy == null) {
      lazy = Res.open();
    }
  }

  @Override
  public void close() {
    lazy.close();
  }
}
