// An @Owned parameter of an untracked AutoCloseable must be dropped too.
import dev.custody.Owned;
import support.Plain;

class LeakOwnedPlainParam {
  static void take(@Owned Plain p) { //~ ERROR leak: 'p'
    p.use();
  }
}
