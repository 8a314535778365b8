// @Owned on an interface makes every implementation tracked: this one is never closed.
import dev.custody.Owned;

class LeakImplementationOfOwnedInterface {
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
    MemoryChannel channel = new MemoryChannel(); //~ ERROR leak: 'channel'
    channel.send("hello");
  }
}
