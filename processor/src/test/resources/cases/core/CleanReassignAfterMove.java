// After a move the name holds nothing and may be assigned a new value.
import support.Res;
import support.Sinks;

class CleanReassignAfterMove {
  static void run() {
    Res r = Res.open();
    Sinks.consume(r);
    r = Res.open("again");
    r.use();
    r.close();
  }
}
