package support;

/** A subtype of a tracked type is tracked too. */
public class SubRes extends Res {
  public static SubRes openSub() {
    return new SubRes();
  }
}
