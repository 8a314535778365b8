// null holds nothing: a null owner needs no close, and may be overwritten.
import support.Res;

class CleanNullHoldsNothing {
  static void run() {
    Res r = null;
    r = Res.open();
    r.close();
    r = null;
    Res s = null;
    System.out.println(s);
  }
}
