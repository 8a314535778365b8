// Moved into 'result' on one branch, closed on the other, then 'result' returned: clean.
import support.Res;

class CleanBranchMerge {
  static Res pick(boolean keep) {
    Res r = Res.open();
    Res result;
    if (keep) {
      result = r;
    } else {
      r.close();
      result = null;
    }
    return result;
  }
}
