// Local classes and local records that own resources follow the member-class rules.
import support.Res;

class FieldNotDroppedLocalClass {
  static int run() {
    class Holder {
      private final Res inner = Res.open(); //~ ERROR field-not-dropped: 'inner'

      int read() {
        return inner.read();
      }
    }
    record Pair(
        Res left, //~ ERROR field-not-dropped: 'left'
        Res right) {} //~ ERROR field-not-dropped: 'right'
    Holder h = new Holder(); //~ ERROR leak: 'h'
    return h.read();
  }
}
