package dev.custody.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs generated drop glue: a class with four owned fields (one of them null), its glue compiled
 * in memory and loaded, must close every non-null field in declaration order, keep closing after a
 * failure, and report later failures as suppressed exceptions of the first; also when a field is
 * closed through a {@code close()} that is not {@link AutoCloseable}'s.
 */
class DropGlueRuntimeTest {
  private static ClassLoader loader;
  private static Constructor<?> probe;
  private static Constructor<?> checkedProbe;
  private static Constructor<?> holder;
  private static Constructor<?> gate;
  private static Constructor<?> mixed;

  private final List<String> closed = new ArrayList<>();

  @BeforeAll
  static void compileAndLoad() throws Exception {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new GlueOnlyProcessor())
            .withOptions("-Xlint:all", "-Werror")
            .compile(
                JavaFileObjects.forSourceString(
                    "rt.Probe",
                    """
                    package rt;

                    /** Records its close() in a shared log, then fails if told to. */
                    @dev.custody.Owned
                    public final class Probe implements AutoCloseable {
                      private final java.util.List<String> log;
                      private final String name;
                      private final RuntimeException failure;

                      public Probe(
                          java.util.List<String> log, String name, RuntimeException failure) {
                        this.log = log;
                        this.name = name;
                        this.failure = failure;
                      }

                      @Override
                      public void close() {
                        log.add(name);
                        if (failure != null) {
                          throw failure;
                        }
                      }
                    }
                    """),
                JavaFileObjects.forSourceString(
                    "rt.CheckedProbe",
                    """
                    package rt;

                    /** Like Probe, with a close() that throws a checked exception. */
                    public final class CheckedProbe implements java.io.Closeable {
                      private final java.util.List<String> log;
                      private final String name;
                      private final java.io.IOException failure;

                      public CheckedProbe(
                          java.util.List<String> log, String name, java.io.IOException failure) {
                        this.log = log;
                        this.name = name;
                        this.failure = failure;
                      }

                      @Override
                      public void close() throws java.io.IOException {
                        log.add(name);
                        if (failure != null) {
                          throw failure;
                        }
                      }
                    }
                    """),
                JavaFileObjects.forSourceString(
                    "rt.Holder",
                    """
                    package rt;

                    import dev.custody.Owned;

                    public final class Holder implements AutoCloseable {
                      private final Probe first;
                      private final Probe second;
                      private final AutoCloseable notOwned;
                      @Owned private final CheckedProbe third;
                      private final Probe fourth;

                      public Holder(Probe first, Probe second, Probe notOwned,
                          CheckedProbe third, Probe fourth) {
                        this.first = first;
                        this.second = second;
                        this.notOwned = notOwned;
                        this.third = third;
                        this.fourth = fourth;
                      }

                      @Override
                      public void close() throws java.io.IOException {
                        Holder_DropGlue.drop(first, second, third, fourth);
                      }

                      @Override
                      public String toString() {
                        return "Holder sharing its log with " + notOwned;
                      }
                    }
                    """),
                JavaFileObjects.forSourceString(
                    "rt.Gate",
                    """
                    package rt;

                    /** Tracked, closed by a close() of its own: not AutoCloseable. */
                    @dev.custody.Owned
                    public final class Gate {
                      private final java.util.List<String> log;
                      private final String name;
                      private final Exception failure;

                      public Gate(java.util.List<String> log, String name, Exception failure) {
                        this.log = log;
                        this.name = name;
                        this.failure = failure;
                      }

                      public void close() throws Exception {
                        log.add(name);
                        if (failure != null) {
                          throw failure;
                        }
                      }
                    }
                    """),
                JavaFileObjects.forSourceString(
                    "rt.Mixed",
                    """
                    package rt;

                    @SuppressWarnings("try") // close() throws Exception, hence InterruptedException
                    public final class Mixed implements AutoCloseable {
                      private final Probe before;
                      private final Gate gate;
                      private final Probe after;

                      public Mixed(Probe before, Gate gate, Probe after) {
                        this.before = before;
                        this.gate = gate;
                        this.after = after;
                      }

                      @Override
                      public void close() throws Exception {
                        Mixed_DropGlue.drop(before, gate, after);
                      }
                    }
                    """));
    assertThat(compilation).succeededWithoutWarnings();
    loader = new CompiledClassLoader(compilation, DropGlueRuntimeTest.class.getClassLoader());
    probe = loader.loadClass("rt.Probe").getConstructors()[0];
    checkedProbe = loader.loadClass("rt.CheckedProbe").getConstructors()[0];
    holder = loader.loadClass("rt.Holder").getConstructors()[0];
    gate = loader.loadClass("rt.Gate").getConstructors()[0];
    mixed = loader.loadClass("rt.Mixed").getConstructors()[0];
  }

  private Object probe(String name, RuntimeException failure) throws Exception {
    return probe.newInstance(closed, name, failure);
  }

  private Object checkedProbe(String name, IOException failure) throws Exception {
    return checkedProbe.newInstance(closed, name, failure);
  }

  /** {@code second} is always null, {@code notOwned} is never the glue's business. */
  private Object holder(Object first, Object third, Object fourth) throws Exception {
    return holder.newInstance(first, null, probe("notOwned", null), third, fourth);
  }

  private Object gate(String name, Exception failure) throws Exception {
    return gate.newInstance(closed, name, failure);
  }

  /** Calls {@code close()} on {@code target}; returns what it threw, or null. */
  private static Throwable close(Object target) throws Exception {
    Method close = target.getClass().getMethod("close");
    try {
      close.invoke(target);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  @Test
  void closesEveryNonNullOwnedFieldInDeclarationOrder() throws Exception {
    Object h = holder(probe("first", null), checkedProbe("third", null), probe("fourth", null));

    assertThat(close(h)).isNull();
    assertThat(closed).containsExactly("first", "third", "fourth").inOrder();
  }

  @Test
  void firstFailureIsRethrown_restStillClosed_laterFailuresSuppressed() throws Exception {
    RuntimeException firstFailure = new IllegalStateException("first");
    IOException thirdFailure = new IOException("third");
    RuntimeException fourthFailure = new IllegalArgumentException("fourth");
    Object h =
        holder(
            probe("first", firstFailure),
            checkedProbe("third", thirdFailure),
            probe("fourth", fourthFailure));

    Throwable thrown = close(h);

    assertThat(closed).containsExactly("first", "third", "fourth").inOrder();
    assertThat(thrown).isSameInstanceAs(firstFailure);
    assertThat(Arrays.asList(thrown.getSuppressed()))
        .containsExactly(thirdFailure, fourthFailure)
        .inOrder();
  }

  @Test
  void checkedFailureOfAMiddleField_isRethrownAsIs() throws Exception {
    IOException thirdFailure = new IOException("third");
    Object h =
        holder(probe("first", null), checkedProbe("third", thirdFailure), probe("fourth", null));

    Throwable thrown = close(h);

    assertThat(closed).containsExactly("first", "third", "fourth").inOrder();
    assertThat(thrown).isSameInstanceAs(thirdFailure);
    assertThat(thrown.getSuppressed()).isEmpty();
  }

  @Test
  void allFieldsNull_nothingHappens() throws Exception {
    Object h = holder(null, null, null);

    assertThat(close(h)).isNull();
    assertThat(closed).isEmpty();
  }

  @Test
  void fieldClosedThroughItsOwnCloseMethod_keepsOrderNullSafetyAndSuppression() throws Exception {
    Exception gateFailure = new Exception("gate");
    RuntimeException afterFailure = new IllegalStateException("after");

    assertThat(close(mixed.newInstance(probe("before", null), null, probe("after", null))))
        .isNull();
    assertThat(closed).containsExactly("before", "after").inOrder();

    closed.clear();
    Throwable thrown =
        close(
            mixed.newInstance(
                probe("before", null), gate("gate", gateFailure), probe("after", afterFailure)));

    assertThat(closed).containsExactly("before", "gate", "after").inOrder();
    assertThat(thrown).isSameInstanceAs(gateFailure);
    assertThat(thrown.getSuppressed()).asList().containsExactly(afterFailure);
  }

  @Test
  void glueIsAPackagePrivateUtilityWithThePreciseThrowsClause() throws Exception {
    Class<?> glue = loader.loadClass("rt.Holder_DropGlue");
    Method drop = glue.getDeclaredMethods()[0];

    assertThat(glue.getDeclaredMethods()).hasLength(1);
    assertThat(Modifier.isFinal(glue.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(glue.getModifiers())).isFalse();
    assertThat(Modifier.isPrivate(glue.getDeclaredConstructors()[0].getModifiers())).isTrue();
    assertThat(drop.getName()).isEqualTo("drop");
    assertThat(Modifier.isStatic(drop.getModifiers())).isTrue();
    assertThat(Arrays.asList(drop.getParameterTypes()))
        .containsExactly(
            loader.loadClass("rt.Probe"),
            loader.loadClass("rt.Probe"),
            loader.loadClass("rt.CheckedProbe"),
            loader.loadClass("rt.Probe"))
        .inOrder();
    assertThat(Arrays.asList(drop.getExceptionTypes())).containsExactly(IOException.class);
    drop.setAccessible(true);
    assertThrows(
        InvocationTargetException.class,
        () -> drop.invoke(null, probe("x", new IllegalStateException()), null, null, null));
    assertThat(closed).containsExactly("x");
  }

  /** Defines the classes a compile-testing compilation wrote, from memory. */
  private static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClassLoader(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        // e.g. /CLASS_OUTPUT/rt/Holder.class
        String path = file.toUri().getPath();
        String relative = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
        String name =
            relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
        classes.put(name, file);
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
