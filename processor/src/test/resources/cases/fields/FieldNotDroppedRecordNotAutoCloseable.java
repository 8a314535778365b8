// A record with @Owned components owns them; without close() nothing drops them.
import dev.custody.Owned;
import support.Res;

class FieldNotDroppedRecordNotAutoCloseable {
  record Pair(
      @Owned Res left, //~ ERROR field-not-dropped: 'left'
      @Owned Res right) {} //~ ERROR field-not-dropped: 'right'

  static int sum(Pair pair) {
    return pair.left().read() + pair.right().read();
  }
}
