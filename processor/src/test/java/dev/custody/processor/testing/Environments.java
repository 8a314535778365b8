package dev.custody.processor.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The shapes in which build tools hand a wrapped {@link ProcessingEnvironment} to processors. */
public final class Environments {
  private Environments() {}

  /**
   * IntelliJ (JPS) style: a {@link Proxy} whose handler is an anonymous class that captured the
   * real environment in a local called {@code delegateTo} (so its field is {@code val$delegateTo}).
   */
  public static ProcessingEnvironment intellijProxy(ProcessingEnvironment delegateTo) {
    InvocationHandler handler =
        new InvocationHandler() {
          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
              return method.invoke(delegateTo, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        };
    return (ProcessingEnvironment)
        Proxy.newProxyInstance(
            Environments.class.getClassLoader(),
            new Class<?>[] {ProcessingEnvironment.class},
            handler);
  }

  /** Gradle style: a class forwarding to a private field named {@code delegate}. */
  public static ProcessingEnvironment gradleDelegate(ProcessingEnvironment delegate) {
    return new GradleStyleEnvironment(delegate);
  }

  /** kapt style: the real environment in a field named {@code processingEnv}. */
  public static ProcessingEnvironment kaptStyle(ProcessingEnvironment processingEnv) {
    return new KaptStyleEnvironment(processingEnv);
  }

  /** A wrapper with no field holding the environment: cannot be unwrapped. */
  public static ProcessingEnvironment opaque(ProcessingEnvironment environment) {
    return new OpaqueEnvironment(() -> environment);
  }

  /** Forwards everything to {@link #target()}. */
  private abstract static class ForwardingEnvironment implements ProcessingEnvironment {
    abstract ProcessingEnvironment target();

    @Override
    public Map<String, String> getOptions() {
      return target().getOptions();
    }

    @Override
    public Messager getMessager() {
      return target().getMessager();
    }

    @Override
    public Filer getFiler() {
      return target().getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return target().getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return target().getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return target().getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return target().getLocale();
    }
  }

  private static final class GradleStyleEnvironment extends ForwardingEnvironment {
    private final ProcessingEnvironment delegate;

    GradleStyleEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    ProcessingEnvironment target() {
      return delegate;
    }
  }

  private static final class KaptStyleEnvironment extends ForwardingEnvironment {
    private final ProcessingEnvironment processingEnv;

    KaptStyleEnvironment(ProcessingEnvironment processingEnv) {
      this.processingEnv = processingEnv;
    }

    @Override
    ProcessingEnvironment target() {
      return processingEnv;
    }
  }

  private static final class OpaqueEnvironment extends ForwardingEnvironment {
    private final Supplier<ProcessingEnvironment> source;

    OpaqueEnvironment(Supplier<ProcessingEnvironment> source) {
      this.source = source;
    }

    @Override
    ProcessingEnvironment target() {
      return source.get();
    }
  }
}
