// An @Owned parameter is an owner: moving it on and then using it is an error.
import dev.custody.Owned;
import support.Res;
import support.Sinks;

class UseAfterMoveFromOwnedParam {
  static void pass(@Owned Res r) {
    Sinks.consume(r);
    r.use(); //~ ERROR use-after-move: 'r'
  }
}
