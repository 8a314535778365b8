package consumer;

import dev.custody.Owned;

/** Uses an owner after moving it: the build must fail at line 14, column 5. */
public class Broken {
  static void consume(@Owned Resource resource) {
    resource.close();
  }

  void run() {
    Resource r = Resource.open();
    consume(r);
    r.use();
  }
}
