// Two owners, each closed in its own finally, inner one first.
import java.io.IOException;
import support.Res;

class CleanNestedTryFinally {
  static void run() throws IOException {
    Res a = Res.open("a");
    try {
      Res b = Res.open("b");
      try {
        a.write(1);
        b.write(2);
      } finally {
        b.close();
      }
    } finally {
      a.close();
    }
  }
}
