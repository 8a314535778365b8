// A Rust-style consuming builder: each step takes the builder by value and returns it (fn add(self) -> Self).
import dev.custody.Consumes;
import dev.custody.Owned;
import support.Res;

class CleanConsumingFluentBuilder {
  static final class Pipeline implements AutoCloseable {
    private final Res source;
    private final Res sink;

    Pipeline(@Owned Res source, @Owned Res sink) {
      this.source = source;
      this.sink = sink;
    }

    @Override
    public void close() {
      try (Res a = source; Res b = sink) {
        // both
      }
    }
  }

  static final class Builder implements AutoCloseable {
    private Res source;
    private Res sink;

    @Consumes
    @Owned
    Builder source(@Owned Res r) {
      if (source != null) {
        source.close();
      }
      source = r;
      return this;
    }

    @Consumes
    @Owned
    Builder sink(@Owned Res r) {
      if (sink != null) {
        sink.close();
      }
      sink = r;
      return this;
    }

    @Consumes
    @Owned
    Pipeline build() {
      Res a = source;
      Res b = sink;
      source = null;
      sink = null;
      return new Pipeline(a, b);
    }

    @Override
    public void close() {
      try (Res a = source; Res b = sink) {
        // both, null-tolerant
      }
    }
  }

  static void run() {
    try (Pipeline p = new Builder().source(Res.open()).sink(Res.open()).build()) {
      p.hashCode();
    }
  }
}
