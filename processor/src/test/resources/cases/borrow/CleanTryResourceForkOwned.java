// fork() on a borrowed try-with-resources variable returns a fresh owned value.
import support.Res;
import support.Sinks;

class CleanTryResourceForkOwned {
  static void run() {
    try (Res r = Res.open()) {
      Res copy = r.fork();
      Sinks.consume(copy);
      Res other = r.fork();
      other.close();
    }
  }
}
