// An @Owned parameter that is neither moved nor dropped leaks; reported on the parameter.
import dev.custody.Owned;
import support.Res;

class LeakOwnedParam {
  static void take(@Owned Res r) { //~ ERROR leak: 'r'
    r.use();
  }
}
