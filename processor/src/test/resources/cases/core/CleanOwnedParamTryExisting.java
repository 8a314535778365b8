// An @Owned parameter handed to 'try (r)', which drops it.
import dev.custody.Owned;
import support.Res;

class CleanOwnedParamTryExisting {
  static int finish(@Owned Res r) {
    try (r) {
      return r.read();
    }
  }
}
