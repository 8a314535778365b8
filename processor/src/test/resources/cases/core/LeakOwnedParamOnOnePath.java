// The @Owned parameter is dropped only on one branch.
import dev.custody.Owned;
import support.Res;

class LeakOwnedParamOnOnePath {
  static void take(@Owned Res r, boolean c) { //~ ERROR leak: 'r'
    if (c) {
      r.close();
    }
  }
}
