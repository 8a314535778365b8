// The interface takes ownership of 'r'; an override may not weaken that to a borrow.
import dev.custody.Borrowed;
import dev.custody.Owned;
import support.Res;

class InvalidOverrideBorrowsOwnedParam {
  interface Sink {
    void accept(@Owned Res r);
  }

  static final class Peeker implements Sink {
    @Override
    public void accept(@Borrowed Res r) { //~ ERROR invalid-annotation
      r.use();
    }
  }
}
