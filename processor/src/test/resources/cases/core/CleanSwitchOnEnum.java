// An exhaustive arrow switch expression over an enum, each arm closing 'r'.
import support.Res;

class CleanSwitchOnEnum {
  enum Mode { READ, WRITE }

  static int run(Mode mode) {
    Res r = Res.open();
    return switch (mode) {
      case READ -> {
        int n = r.read();
        r.close();
        yield n;
      }
      case WRITE -> {
        r.close();
        yield 0;
      }
    };
  }
}
