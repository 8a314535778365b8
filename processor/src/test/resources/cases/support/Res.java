package support;

import dev.custody.Borrowed;
import dev.custody.Consumes;
import dev.custody.Owned;

/** A tracked resource: every local of this type is an owner. */
@Owned
public class Res implements AutoCloseable {
  public static Res open() {
    return new Res();
  }

  public static Res open(String name) {
    return new Res();
  }

  /** Throws a checked exception: a scope exit for owners not handled inside the scope. */
  public static Res openChecked() throws java.io.IOException {
    return new Res();
  }

  public void use() {}

  public int read() {
    return 0;
  }

  /** Uses the resource and may fail with a checked exception. */
  public void write(int value) throws java.io.IOException {}

  /** A borrowed view of this resource: the caller must not close it. */
  @Borrowed
  public Res view() {
    return this;
  }

  /** A fresh resource derived from this one: owned by the caller. */
  public Res fork() {
    return new Res();
  }

  /** Hands the resource over to someone else: the receiver's owner holds nothing afterwards. */
  @Consumes
  public void handOver() {
    close();
  }

  @Override
  public void close() {}
}
