package dev.custody.processor.environment;

import static com.google.common.truth.Truth.assertThat;

import dev.custody.processor.testing.Environments;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jetbrains.jps.javac.APIWrappers;
import org.junit.jupiter.api.Test;

class EnvironmentUnwrapperTest {
  private final ProcessingEnvironment real = new StubEnvironment();

  @Test
  void plainEnvironmentIsItsOnlyLayer() {
    assertThat(EnvironmentUnwrapper.layers(real)).containsExactly(real);
  }

  @Test
  void intellijProxyIsPeeledThroughItsCapturedDelegate() {
    ProcessingEnvironment proxy = Environments.intellijProxy(real);
    assertThat(EnvironmentUnwrapper.layers(proxy)).containsExactly(proxy, real).inOrder();
  }

  @Test
  void intellijProxyIsPeeledThroughApiWrappersWhenTheHandlerHoldsNoField() {
    // A handler with no field holding the environment: only IntelliJ's helper can unwrap it.
    ProcessingEnvironment proxy =
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                new OpaqueHandler(real));
    assertThat(EnvironmentUnwrapper.unwrapOnce(proxy)).isSameInstanceAs(real);
  }

  @Test
  void gradleAndKaptFieldsAndNestedWrappersArePeeled() {
    ProcessingEnvironment nested =
        Environments.intellijProxy(Environments.kaptStyle(Environments.gradleDelegate(real)));
    assertThat(EnvironmentUnwrapper.layers(nested)).hasSize(4);
    assertThat(EnvironmentUnwrapper.layers(nested).get(3)).isSameInstanceAs(real);
  }

  @Test
  void opaqueWrapperCannotBePeeled() {
    ProcessingEnvironment opaque = Environments.opaque(real);
    assertThat(EnvironmentUnwrapper.layers(opaque)).containsExactly(opaque);
  }

  @Test
  void cycleOfWrappersEnds() {
    SelfReferencing first = new SelfReferencing();
    SelfReferencing second = new SelfReferencing();
    first.delegate = second;
    second.delegate = first;
    assertThat(EnvironmentUnwrapper.layers(first)).containsExactly(first, second).inOrder();
  }

  /** Forwards calls, but keeps the environment only inside a lambda. */
  private static final class OpaqueHandler
      implements InvocationHandler, APIWrappers.Unwrappable {
    private final java.util.function.Supplier<ProcessingEnvironment> target;

    OpaqueHandler(ProcessingEnvironment environment) {
      this.target = () -> environment;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      return method.invoke(target.get(), args);
    }

    @Override
    public Object apply(Object proxy) {
      return target.get();
    }
  }

  private static final class SelfReferencing extends StubEnvironment {
    ProcessingEnvironment delegate;
  }

  private static class StubEnvironment implements ProcessingEnvironment {
    @Override
    public Map<String, String> getOptions() {
      return Map.of();
    }

    @Override
    public Messager getMessager() {
      return null;
    }

    @Override
    public Filer getFiler() {
      return null;
    }

    @Override
    public Elements getElementUtils() {
      return null;
    }

    @Override
    public Types getTypeUtils() {
      return null;
    }

    @Override
    public SourceVersion getSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public Locale getLocale() {
      return Locale.ROOT;
    }
  }
}
