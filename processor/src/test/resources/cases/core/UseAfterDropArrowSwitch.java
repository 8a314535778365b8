// An arrow-switch case drops 'r'; using it after the switch is an error.
import support.Res;
import support.Sinks;

class UseAfterDropArrowSwitch {
  static void run(int k) {
    Res r = Res.open();
    switch (k) {
      case 1 -> r.close();
      case 2 -> r.use();
      default -> Sinks.log(k);
    }
    Sinks.consume(r); //~ ERROR use-after-drop: 'r'
  }
}
