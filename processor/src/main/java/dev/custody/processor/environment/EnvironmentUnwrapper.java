package dev.custody.processor.environment;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Peels the wrappers that build tools put around javac's {@link ProcessingEnvironment}, using plain
 * reflection on the wrappers' own classes (no JVM flags needed: they live in unnamed modules).
 *
 * <p>Known wrappers: IntelliJ's JPS builder hands out a {@link Proxy} (unwrapped through its public
 * {@code org.jetbrains.jps.javac.APIWrappers.unwrap(Class, Object)} or the handler's captured
 * {@code val$delegateTo} field); Gradle's incremental-processing environment keeps the real one in
 * a field {@code delegate}; kapt in {@code processingEnv}. Unknown wrappers are searched for any
 * field that holds a {@code ProcessingEnvironment}, which covers renamed fields without guessing.
 */
public final class EnvironmentUnwrapper {
  /** Wrappers of wrappers exist (Gradle inside IntelliJ); more than this is a cycle or a maze. */
  public static final int MAX_DEPTH = 6;

  private static final List<String> KNOWN_FIELDS =
      List.of("delegate", "processingEnv", "val$delegateTo", "processingEnvironment");

  private EnvironmentUnwrapper() {}

  /**
   * The environment followed by every environment found inside it, outermost first. The first
   * element is always {@code environment} itself; the list never contains the same object twice.
   */
  public static List<ProcessingEnvironment> layers(ProcessingEnvironment environment) {
    List<ProcessingEnvironment> layers = new ArrayList<>();
    ProcessingEnvironment current = environment;
    while (current != null && layers.size() <= MAX_DEPTH && !containsIdentical(layers, current)) {
      layers.add(current);
      current = unwrapOnce(current);
    }
    return layers;
  }

  private static boolean containsIdentical(List<ProcessingEnvironment> layers, Object candidate) {
    for (Object layer : layers) {
      if (layer == candidate) {
        return true;
      }
    }
    return false;
  }

  /**
   * The environment directly inside {@code wrapper}, or {@code null} if none can be found. Callers
   * that can stop early (javac found) should peel layer by layer rather than call {@link #layers}.
   */
  public static ProcessingEnvironment unwrapOnce(ProcessingEnvironment wrapper) {
    if (Proxy.isProxyClass(wrapper.getClass())) {
      ProcessingEnvironment viaIntelliJ = unwrapWithIntelliJ(wrapper);
      if (viaIntelliJ != null) {
        return viaIntelliJ;
      }
      InvocationHandler handler = Proxy.getInvocationHandler(wrapper);
      return environmentHeldBy(handler, wrapper);
    }
    return environmentHeldBy(wrapper, wrapper);
  }

  /** IntelliJ's own public unwrapping helper, looked up in the proxy's class loader. */
  private static ProcessingEnvironment unwrapWithIntelliJ(ProcessingEnvironment proxy) {
    try {
      ClassLoader loader = Proxy.getInvocationHandler(proxy).getClass().getClassLoader();
      Class<?> wrappers = Class.forName("org.jetbrains.jps.javac.APIWrappers", false, loader);
      Method unwrap = wrappers.getMethod("unwrap", Class.class, Object.class);
      Object unwrapped = unwrap.invoke(null, ProcessingEnvironment.class, proxy);
      return unwrapped instanceof ProcessingEnvironment && unwrapped != proxy
          ? (ProcessingEnvironment) unwrapped
          : null;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException notIntelliJ) {
      return null;
    }
  }

  /**
   * The {@code ProcessingEnvironment} held in a field of {@code holder} (or its superclasses):
   * well-known field names first, then any field whose value is one.
   */
  private static ProcessingEnvironment environmentHeldBy(Object holder, Object wrapper) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> type = holder.getClass(); type != null && type != Object.class; ) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
          fields.add(field);
        }
      }
      type = type.getSuperclass();
    }
    // Stable sort: well-known names first, the rest in declaration order.
    fields.sort((a, b) -> Boolean.compare(isUnknown(a), isUnknown(b)));
    for (Field field : fields) {
      Object value = read(field, holder);
      if (value instanceof ProcessingEnvironment && value != wrapper && value != holder) {
        return (ProcessingEnvironment) value;
      }
    }
    return null;
  }

  private static boolean isUnknown(Field field) {
    return !KNOWN_FIELDS.contains(field.getName());
  }

  private static Object read(Field field, Object holder) {
    try {
      field.setAccessible(true);
      return field.get(holder);
    } catch (ReflectiveOperationException | RuntimeException inaccessible) {
      // A class in a named module that does not open its package: not a wrapper we can peel.
      return null;
    }
  }
}
