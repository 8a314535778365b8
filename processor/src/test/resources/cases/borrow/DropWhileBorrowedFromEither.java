// A borrow of one of two owners: each move/drop before its later use is reported, naming that owner.
import dev.custody.Borrowed;
import support.Res;
import support.Sinks;

class DropWhileBorrowedFromEither {
  static void run(boolean left) {
    Res a = Res.open();
    Res b = Res.open();
    @Borrowed Res v = left ? a.view() : b.view();
    a.close(); //~ ERROR move-while-borrowed: 'a'
    Sinks.consume(b); //~ ERROR move-while-borrowed: 'b'
    v.use();
  }
}
