// Assigning an owned value to a field of an untracked type leaks it.
import support.Res;

class LeakAssignedToNonOwnerField {
  static Object last;

  static void run() {
    last = Res.open(); //~ ERROR leak
  }
}
