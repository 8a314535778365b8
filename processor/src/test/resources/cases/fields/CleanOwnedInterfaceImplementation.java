// @Owned on an interface makes its implementations tracked; this one is dropped properly.
import dev.custody.Owned;

class CleanOwnedInterfaceImplementation {
  @Owned
  interface Channel extends AutoCloseable {
    void send(String message);

    @Override
    void close();
  }

  static final class MemoryChannel implements Channel {
    @Override
    public void send(String message) {}

    @Override
    public void close() {}
  }

  static void run() {
    try (MemoryChannel channel = new MemoryChannel()) {
      channel.send("hello");
    }
  }
}
