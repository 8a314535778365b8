// close() delegates to the generated drop glue, which drops every owned field in order.
import dev.custody.Owned;
import support.Plain;
import support.Res;

class CleanCloseDelegatesToDropGlue implements AutoCloseable {
  private final Res first;
  private final String name;
  @Owned private final Plain second;

  CleanCloseDelegatesToDropGlue(String name) {
    this.first = Res.open();
    this.name = name;
    this.second = Plain.create();
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    CleanCloseDelegatesToDropGlue_DropGlue.drop(first, second);
  }
}
