// An ownership annotation that means nothing is reported once wherever a local is declared: in a
// loop's body, a finally block, a catch clause, a resource, a for-each, a pattern, a lambda and an
// anonymous class, and in a body that touches nothing else Custody follows.
import dev.custody.Borrowed;
import dev.custody.Owned;
import java.util.List;
import java.util.function.Supplier;
import support.Res;

class InvalidAnnotatedLocalsEverywhere {
  static int untouched() {
    @Owned String s = "text"; //~ ERROR invalid-annotation
    return s.length();
  }

  static int inLoop(List<String> names) {
    int total = 0;
    for (int i = 0; i < 3; i++) {
      @Borrowed String n = names.get(i); //~ ERROR invalid-annotation
      total += n.length();
    }
    while (total > 100) {
      @Owned Integer half = total / 2; //~ ERROR invalid-annotation
      total = half;
    }
    return total;
  }

  static void inTry() throws Exception {
    Res r = Res.open();
    try (@Owned @Borrowed Res other = Res.open()) { //~ ERROR invalid-annotation
      other.use();
    } catch (@Owned RuntimeException e) { //~ ERROR invalid-annotation
      throw e;
    } finally {
      @Owned String done = "done"; //~ ERROR invalid-annotation
      r.close();
      done.length();
    }
  }

  static int forEachAndPattern(List<Object> values) {
    int n = 0;
    for (@Owned Object o : values) { //~ ERROR invalid-annotation
      if (o instanceof @Borrowed String s) { //~ ERROR invalid-annotation
        n += s.length();
      }
    }
    return n;
  }

  static Supplier<String> nested() {
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            @Owned StringBuilder b = new StringBuilder(); //~ ERROR invalid-annotation
            b.append('x');
          }
        };
    r.run();
    return () -> {
      @Borrowed String t = "t"; //~ ERROR invalid-annotation
      return t;
    };
  }
}
