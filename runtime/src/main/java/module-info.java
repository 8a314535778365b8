/**
 * Custody's off-heap runtime.
 *
 * <p>{@code requires transitive dev.custody.annotations}: {@code OffHeapBuffer} and {@code
 * BufferScope} carry {@code @Owned}/{@code @Borrowed}, and the checker must see those annotations
 * whenever a user's code is compiled against this module, so every reader of this module must read
 * the annotations too. It is not {@code requires static}: a static dependency is not resolved for
 * the modules that read this one, so a modular user would compile without the annotation types
 * (and javac would warn about the missing class files). The annotations have class retention and
 * cost nothing at run time beyond a tiny jar the Maven dependency brings anyway.
 *
 * <p>{@code jdk.unsupported} provides {@code sun.misc.Unsafe} for the JDK 17–21 backend; the JDK
 * 22+ backend in the same multi-release jar uses only {@code java.lang.foreign}.
 */
module dev.custody.runtime {
  requires transitive dev.custody.annotations;
  requires jdk.unsupported;

  exports dev.custody.runtime;
}
