// A catch can be entered after the move inside its try: using the owner there is an error.
import java.io.IOException;
import support.Res;
import support.Sinks;

class UseAfterMoveInCatch {
  static void run() {
    Res r = Res.open();
    try {
      Sinks.consume(r);
      Sinks.mayFail();
    } catch (IOException e) {
      Sinks.consume(r); //~ ERROR use-after-move: 'r'
    }
  }
}
