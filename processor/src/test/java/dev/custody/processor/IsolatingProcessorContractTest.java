package dev.custody.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle requires of an "isolating" processor that can be checked without Gradle: every file
 * it generates through the {@link Filer} names exactly one originating element, a type of this
 * compilation; no other way of writing files is used. Observed through a recording Filer in a
 * Gradle-shaped wrapper, which also proves generation works behind Gradle's wrapper.
 */
class IsolatingProcessorContractTest {

  private static final JavaFileObject[] SOURCES = {
    JavaFileObjects.forSourceString(
        "net.Socket",
        "package net;\n"
            + "@dev.custody.Owned public class Socket implements AutoCloseable {\n"
            + "  @Override public void close() {}\n"
            + "}\n"),
    JavaFileObjects.forSourceString(
        "app.Connection",
        "package app;\n"
            + "public class Connection implements AutoCloseable {\n"
            + "  private final net.Socket socket = new net.Socket();\n"
            + "  @Override public void close() { socket.close(); }\n"
            + "}\n"),
    JavaFileObjects.forSourceString(
        "app.Pool",
        "package app;\n"
            + "public class Pool implements AutoCloseable {\n"
            + "  private final net.Socket first = new net.Socket();\n"
            + "  private final net.Socket second = new net.Socket();\n"
            + "  @Override public void close() { Pool_DropGlue.drop(first, second); }\n"
            + "}\n")
  };

  private static Compilation compileBehindWrapper(
      RecordingEnvironment environment, String... options) {
    return javac()
        .withProcessors(
            new dev.custody.processor.testing.WrappingProcessor(
                new CustodyProcessor(), environment::wrap),
            new OwnershipAnnotationsClaimer())
        .withOptions((Object[]) options)
        .compile(SOURCES);
  }

  @Test
  void glueReferencedFindsJavacBehindTheWrapper_andDecidesFromTheClasssOwnFile() {
    RecordingEnvironment environment = new RecordingEnvironment();
    Compilation compilation = compileBehindWrapper(environment, "-Acustody.glue=referenced");

    assertThat(compilation).succeeded();
    assertThat(environment.created.stream().map(f -> f.name.toString()))
        .containsExactly("app.Pool_DropGlue");
    assertThat(environment.created.get(0).originatingElements).hasLength(1);
    assertThat(((TypeElement) environment.created.get(0).originatingElements[0]).getQualifiedName()
            .toString())
        .isEqualTo("app.Pool");
  }

  @Test
  void everyGeneratedFileHasExactlyOneOriginatingType() {
    RecordingEnvironment environment = new RecordingEnvironment();
    Compilation compilation = compileBehindWrapper(environment);

    assertThat(compilation).succeeded();
    assertWithMessage("files created through the Filer").that(environment.created).isNotEmpty();
    for (Created file : environment.created) {
      assertWithMessage("originating elements of %s", file.name)
          .that(file.originatingElements)
          .hasLength(1);
      Element origin = file.originatingElements[0];
      assertWithMessage("originating element of %s", file.name)
          .that(origin.getKind().isClass() || origin.getKind().isInterface())
          .isTrue();
      assertThat(topLevel(origin).getQualifiedName().toString())
          .isAnyOf("app.Connection", "app.Pool", "net.Socket");
    }
    assertThat(environment.created.stream().map(f -> f.name.toString()))
        .containsAtLeast("app.Connection_DropGlue", "app.Pool_DropGlue");
  }

  private static TypeElement topLevel(Element element) {
    Element current = element;
    while (current.getEnclosingElement() != null
        && current.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      current = current.getEnclosingElement();
    }
    return (TypeElement) current;
  }

  private static final class Created {
    final CharSequence name;
    final Element[] originatingElements;

    Created(CharSequence name, Element[] originatingElements) {
      this.name = name;
      this.originatingElements = originatingElements.clone();
    }

    @Override
    public String toString() {
      return name + " from " + Arrays.toString(originatingElements);
    }
  }

  /** A Gradle-shaped wrapper ({@code delegate} field) whose Filer records what is created. */
  private static final class RecordingEnvironment {
    final List<Created> created = new ArrayList<>();

    ProcessingEnvironment wrap(ProcessingEnvironment delegate) {
      return new Wrapper(delegate, this);
    }

    private static final class Wrapper implements ProcessingEnvironment {
      private final ProcessingEnvironment delegate;
      private final RecordingEnvironment recorder;

      Wrapper(ProcessingEnvironment delegate, RecordingEnvironment recorder) {
        this.delegate = delegate;
        this.recorder = recorder;
      }

      @Override
      public Filer getFiler() {
        Filer filer = delegate.getFiler();
        return new Filer() {
          @Override
          public JavaFileObject createSourceFile(CharSequence name, Element... origins)
              throws IOException {
            recorder.created.add(new Created(name, origins));
            return filer.createSourceFile(name, origins);
          }

          @Override
          public JavaFileObject createClassFile(CharSequence name, Element... origins)
              throws IOException {
            recorder.created.add(new Created(name, origins));
            return filer.createClassFile(name, origins);
          }

          @Override
          public FileObject createResource(
              JavaFileManager.Location location,
              CharSequence moduleAndPkg,
              CharSequence relativeName,
              Element... origins)
              throws IOException {
            recorder.created.add(new Created(moduleAndPkg + "/" + relativeName, origins));
            return filer.createResource(location, moduleAndPkg, relativeName, origins);
          }

          @Override
          public FileObject getResource(
              JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
              throws IOException {
            return filer.getResource(location, moduleAndPkg, relativeName);
          }
        };
      }

      @Override
      public Map<String, String> getOptions() {
        return delegate.getOptions();
      }

      @Override
      public Messager getMessager() {
        return delegate.getMessager();
      }

      @Override
      public Elements getElementUtils() {
        return delegate.getElementUtils();
      }

      @Override
      public Types getTypeUtils() {
        return delegate.getTypeUtils();
      }

      @Override
      public SourceVersion getSourceVersion() {
        return delegate.getSourceVersion();
      }

      @Override
      public Locale getLocale() {
        return delegate.getLocale();
      }
    }
  }
}
