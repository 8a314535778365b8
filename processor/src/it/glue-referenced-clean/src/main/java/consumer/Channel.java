package consumer;

/** Closes its owned field by hand and never names its glue, so none is generated. */
public final class Channel implements AutoCloseable {
  private final Resource resource = Resource.open();

  @Override
  public void close() {
    resource.close();
  }
}
