// Each iteration opens and closes its own owner.
import support.Res;

class CleanLoopClosesEachIteration {
  static int run(String[] names) {
    int sum = 0;
    for (String name : names) {
      Res r = Res.open(name);
      sum += r.read();
      r.close();
    }
    return sum;
  }
}
