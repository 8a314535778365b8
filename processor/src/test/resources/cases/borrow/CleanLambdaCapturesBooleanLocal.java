// A lambda or anonymous object capturing a plain boolean local borrows nothing and may escape.
import java.util.function.BooleanSupplier;
import support.Res;

class CleanLambdaCapturesBooleanLocal {
  private Runnable callback;

  BooleanSupplier configure(boolean wanted) {
    Res r = Res.open();
    boolean debug = r.read() > 0 && wanted;
    r.close();
    callback = () -> {
      if (debug) {
        System.out.println("debug");
      }
    };
    Runnable anon = new Runnable() {
      @Override
      public void run() {
        System.out.println(debug);
      }
    };
    callback = anon;
    return () -> debug;
  }
}
