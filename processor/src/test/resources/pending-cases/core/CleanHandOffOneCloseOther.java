// Hand one of two owners to a consumer and close the other, both decided by the same local flag.
import support.Res;
import support.Sinks;

class CleanHandOffOneCloseOther {
  static void run(int load) {
    Res primary = Res.open("primary");
    Res backup = Res.open("backup");
    boolean usePrimary = load < 10;
    Sinks.consume(usePrimary ? primary : backup);
    if (usePrimary) {
      backup.close();
    } else {
      primary.close();
    }
  }
}
