// Returning an owner from a method whose result is not owned is not a move: 'r' leaks at the return.
import support.Res;

class LeakReturnedFromUnownedResult {
  static Object run() {
    Res r = Res.open(); //~ ERROR leak: 'r'
    return r;
  }
}
