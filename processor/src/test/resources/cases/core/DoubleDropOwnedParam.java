// An @Owned parameter closed twice.
import dev.custody.Owned;
import support.Res;

class DoubleDropOwnedParam {
  static void finish(@Owned Res r) {
    r.close();
    r.close(); //~ ERROR double-drop: 'r'
  }
}
