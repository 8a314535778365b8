// Code javac rejects in its flow phase (unreachable statement) gets no Custody diagnostics.
import support.Res;

class RejectedFlowError {
  static void run() {
    Res r = Res.open();
    r.close();
    r.close();
    return;
    r.use();
  }

  static void other() {
    Res s = Res.open();
  }
}
