package org.jetbrains.jps.javac;

import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Test double of IntelliJ's (JPS) helper of the same name, which unwraps the proxies its builder
 * hands to annotation processors. Only the public static {@code unwrap(Class, Object)} that Custody
 * looks up reflectively is reproduced.
 */
public final class APIWrappers {
  private APIWrappers() {}

  /** What IntelliJ keeps per proxy; here a way to reach the wrapped object. */
  public interface Unwrappable extends Function<Object, Object> {}

  public static <T> T unwrap(Class<T> type, Object wrapper) {
    if (Proxy.isProxyClass(wrapper.getClass())
        && Proxy.getInvocationHandler(wrapper) instanceof Unwrappable) {
      return type.cast(((Unwrappable) Proxy.getInvocationHandler(wrapper)).apply(wrapper));
    }
    return type.cast(wrapper);
  }
}
