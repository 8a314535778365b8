package consumer;

/** Closes its owned fields through its drop glue, so its glue is generated. */
public final class Connection implements AutoCloseable {
  private final Resource control = Resource.open();
  private final Resource data = Resource.open();

  @Override
  public void close() {
    Connection_DropGlue.drop(control, data);
  }
}
