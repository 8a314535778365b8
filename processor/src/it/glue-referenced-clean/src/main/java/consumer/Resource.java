package consumer;

import dev.custody.Owned;

/** A tracked resource: every local of this type owns its value. */
@Owned
public class Resource implements AutoCloseable {
  public static Resource open() {
    return new Resource();
  }

  public void use() {}

  @Override
  public void close() {}
}
