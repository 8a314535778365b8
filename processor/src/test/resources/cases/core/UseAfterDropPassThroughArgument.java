// Passing a dropped or moved owner to a generic pass-through call (Objects.requireNonNull) is a use.
import java.util.Objects;
import support.Res;
import support.Sinks;

class UseAfterDropPassThroughArgument {
  static void dropped() {
    Res r = Res.open();
    r.close();
    Objects.requireNonNull(r); //~ ERROR use-after-drop: 'r'
  }

  static void moved() {
    Res r = Res.open();
    Sinks.consume(r);
    Sinks.log(Objects.requireNonNull(r, "r")); //~ ERROR use-after-move: 'r'
  }
}
