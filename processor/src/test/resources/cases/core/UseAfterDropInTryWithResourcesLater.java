// A try-with-resources resource is dropped at the end of the statement; moving it out before is not a fix.
import support.Res;

class UseAfterDropInTryWithResourcesLater {
  static void run() {
    Res keep = Res.open();
    try (keep) {
      keep.use();
    }
    keep.close(); //~ ERROR double-drop: 'keep'
  }
}
