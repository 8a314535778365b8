// A method reference must match the functional interface's ownership, like a lambda does.
import dev.custody.Owned;
import java.util.function.Consumer;
import support.Res;
import support.Sinks;

class LeakMethodRefOwnershipMismatch {
  interface Sink {
    void accept(@Owned Res r);
  }

  static void owningInterface() {
    Sink leaking = r -> r.use(); //~ ERROR leak: 'r'
    Sink inspecting = Sinks::inspect; //~ ERROR leak
    leaking.accept(Res.open());
    inspecting.accept(Res.open());
  }

  static void borrowingInterface() {
    Consumer<Res> closing = r -> r.close(); //~ ERROR move-of-borrowed: 'r'
    Consumer<Res> consuming = Sinks::consume; //~ ERROR move-of-borrowed
    Res a = Res.open();
    consuming.accept(a);
    a.close();
  }
}
