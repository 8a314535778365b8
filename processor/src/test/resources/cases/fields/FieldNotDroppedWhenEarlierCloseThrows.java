// If closing 'first' throws, 'second' is never closed: it must be dropped in a finally or by the glue.
import dev.custody.Owned;
import java.io.Closeable;
import java.io.IOException;

class FieldNotDroppedWhenEarlierCloseThrows implements Closeable {
  @Owned private final Closeable first;
  @Owned private final Closeable second; //~ ERROR field-not-dropped: 'second'

  FieldNotDroppedWhenEarlierCloseThrows(@Owned Closeable first, @Owned Closeable second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public void close() throws IOException {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }
}
