// 'this' is a borrow inside instance methods: it cannot be handed to an @Owned parameter.
import support.Res;
import support.Sinks;

class MoveOfBorrowedThisToOwnedParam {
  static class Conn extends Res {
    void handOff() {
      Sinks.consume(this); //~ ERROR move-of-borrowed: 'this'
    }
  }
}
