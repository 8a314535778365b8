package support;

import dev.custody.Owned;

/** Methods that take ownership of, or borrow, their arguments. */
public final class Sinks {
  private Sinks() {}

  /** Takes ownership: the argument is moved. */
  public static void consume(@Owned Res r) {
    r.close();
  }

  public static void consumeBoth(@Owned Res a, @Owned Res b) {
    try (a; b) {
      a.use();
    }
  }

  /** Borrows: tracked-type parameters are borrowed by default. */
  public static void inspect(Res r) {
    r.use();
  }

  public static void inspectBoth(Res a, Res b) {
    a.use();
    b.use();
  }

  public static void consumePlain(@Owned Plain p) {
    p.close();
  }

  /** Ordinary code that may fail with a checked exception. */
  public static void mayFail() throws java.io.IOException {}

  /** Ordinary code that takes any object (a non-owner). */
  public static void log(Object o) {}
}
