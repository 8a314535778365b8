// Assigning a borrow to an owner is a move of the borrow (the owner is then treated as holding it).
import support.Res;

class MoveOfBorrowedParamToOwnerLocal {
  static void keep(Res r) {
    Res mine = r; //~ ERROR move-of-borrowed: 'r'
    mine.close();
  }
}
