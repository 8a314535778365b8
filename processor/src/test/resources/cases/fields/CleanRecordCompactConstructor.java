// A compact canonical constructor that validates its components still hands them to the record.
import dev.custody.Owned;
import java.util.Objects;
import support.Res;

class CleanRecordCompactConstructor {
  record Checked(@Owned Res in, int size) implements AutoCloseable {
    Checked {
      Objects.requireNonNull(in, "in");
      if (size < 0) {
        throw new IllegalArgumentException("size");
      }
    }

    @Override
    public void close() {
      if (in != null) {
        in.close();
      }
    }
  }

  static int run() {
    try (Checked c = new Checked(Res.open(), 3)) {
      return c.in().read() + c.size();
    }
  }
}
