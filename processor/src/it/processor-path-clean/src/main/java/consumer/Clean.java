package consumer;

import dev.custody.Owned;

/** Every owner is moved or dropped exactly once. */
public class Clean {
  static void consume(@Owned Resource resource) {
    resource.close();
  }

  void run() {
    try (Resource scoped = Resource.open()) {
      scoped.use();
    }
    Resource handedOver = Resource.open();
    handedOver.use();
    consume(handedOver);
  }
}
