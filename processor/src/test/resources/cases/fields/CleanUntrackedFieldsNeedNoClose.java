// Fields of untracked types (not marked @Owned) and static fields are not owned: no close() needed.
import support.Plain;
import support.Res;

class CleanUntrackedFieldsNeedNoClose {
  private final Plain plain = Plain.create();
  private final AutoCloseable anything = plain;
  private static Res sharedSlot;

  void work() {
    plain.use();
    if (sharedSlot != null) {
      sharedSlot.use();
    }
    System.out.println(anything);
  }
}
