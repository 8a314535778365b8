// A capturing lambda chosen by ?:, cast, or assigned after the declaration still carries the borrow of what it captures.
import support.Res;

class DropWhileLambdaChosenByTernaryUsed {
  static void ternary(boolean verbose) {
    Res r = Res.open();
    Runnable report = verbose ? () -> r.use() : () -> {};
    r.close(); //~ ERROR move-while-borrowed: 'r'
    report.run();
  }

  static void cast() {
    Res r = Res.open();
    Runnable report = (Runnable) () -> r.use();
    r.close(); //~ ERROR move-while-borrowed: 'r'
    report.run();
  }

  static void assignedLater() {
    Res r = Res.open();
    Runnable report;
    report = () -> r.use();
    r.close(); //~ ERROR move-while-borrowed: 'r'
    report.run();
  }
}
