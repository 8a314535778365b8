// An empty close() drops none of the owned fields: each one is reported.
import dev.custody.Owned;
import support.Plain;
import support.Res;

class FieldNotDroppedEmptyClose implements AutoCloseable {
  private final Res data = Res.open(); //~ ERROR field-not-dropped: 'data'
  private final String label = "x";
  @Owned private final Plain index = Plain.create(); //~ ERROR field-not-dropped: 'index'

  String label() {
    return label;
  }

  @Override
  public void close() {}
}
