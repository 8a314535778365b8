// The iterator idiom 'while ((r = next()) != null)' closes every value it reads: clean.
import support.Res;

class CleanIteratorAssignInCondition {
  private int left = 3;

  Res next() {
    return left-- > 0 ? Res.open() : null;
  }

  void drain() {
    Res r;
    while ((r = next()) != null) {
      r.use();
      r.close();
    }
  }
}
