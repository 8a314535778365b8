package support;

/** An untracked AutoCloseable: an owner only where a declaration says @Owned. */
public class Plain implements AutoCloseable {
  public static Plain create() {
    return new Plain();
  }

  public void use() {}

  @Override
  public void close() {}
}
