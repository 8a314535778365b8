// 'try (r)' on a borrowed parameter would drop it.
import support.Res;

class MoveOfBorrowedParamTryExisting {
  static void finish(Res r) {
    try (r) { //~ ERROR move-of-borrowed: 'r'
      r.use();
    }
  }
}
