// A borrowed parameter passed on to an @Owned parameter would be moved.
import support.Res;
import support.Sinks;

class MoveOfBorrowedParamToOwnedParam {
  static void forward(Res r) {
    Sinks.consume(r); //~ ERROR move-of-borrowed: 'r'
  }
}
