// An owner handed to 'try (keep)' is dropped there; closing it again afterwards is a double drop.
import support.Res;

class DoubleDropAfterTryExisting {
  static void run() {
    Res keep = Res.open();
    try (keep) {
      keep.use();
    }
    keep.close(); //~ ERROR double-drop: 'keep'
  }
}
