// Untracked AutoCloseables are never reported, also through method references (decision 8).
import java.util.List;
import java.util.function.Consumer;
import support.Plain;
import support.Sinks;

class CleanUntrackedMethodRefs {
  static void run(List<Plain> all) {
    all.forEach(Plain::close);
    Consumer<Plain> sink = Sinks::consumePlain;
    sink.accept(Plain.create());
    all.forEach(p -> p.close());
  }
}
