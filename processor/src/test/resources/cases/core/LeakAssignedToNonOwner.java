// Assigning an owned value to a non-owner (a local of type Object) leaks it.
import support.Res;

class LeakAssignedToNonOwner {
  static void run() {
    Object o = Res.open(); //~ ERROR leak
    System.out.println(o);
  }
}
