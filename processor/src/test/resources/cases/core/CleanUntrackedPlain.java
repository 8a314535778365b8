// An untracked AutoCloseable without @Owned is never reported.
import support.Plain;
import support.Sinks;

class CleanUntrackedPlain {
  static void run() {
    Plain p = Plain.create();
    p.use();
    Plain.create();
    Plain q = new Plain();
    q.close();
    q.close();
    Sinks.consumePlain(q);
    q.use();
  }
}
