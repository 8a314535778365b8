// A type variable bounded by a tracked type is tracked: its locals own, its parameters borrow.
import java.util.function.Supplier;
import support.Res;
import support.Sinks;

class LeakBoundedTypeVariable {
  static <T extends Res> int read(Supplier<T> factory) {
    T r = factory.get(); //~ ERROR leak: 'r'
    return r.read();
  }

  static <T extends Res> void closeBorrowed(T value) {
    value.close(); //~ ERROR move-of-borrowed: 'value'
  }
}
