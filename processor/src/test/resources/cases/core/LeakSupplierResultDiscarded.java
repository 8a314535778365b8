// The result of a Supplier<Res>.get() is owned: discarding it or using it as a temporary leaks.
import java.util.function.Supplier;
import support.Res;

class LeakSupplierResultDiscarded {
  static void run(Supplier<Res> factory) {
    factory.get(); //~ ERROR leak
    factory.get().use(); //~ ERROR leak
  }
}
