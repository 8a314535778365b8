// A pattern variable borrows the tested value: using it is fine, the owner still closes it.
import support.Res;
import support.Sinks;
import support.SubRes;

class CleanPatternBindingBorrows {
  static void run() {
    Res r = SubRes.openSub();
    if (r instanceof SubRes s) {
      s.use();
      Sinks.inspect(s);
    }
    r.close();
  }
}
