// Several resources in one try-with-resources, the second opened from a borrow of the first.
import support.Res;

class CleanTryWithSeveralResources {
  static void run() {
    try (Res a = Res.open("a");
        Res b = a.fork()) {
      a.use();
      b.use();
    }
  }
}
